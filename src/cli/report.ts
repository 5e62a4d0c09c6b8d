// Messages on standard error: coloured only on a terminal and never with NO_COLOR set;
// or, with --diagnostics github, as GitHub Actions workflow commands, which the Actions
// log turns into annotations on the file and line.
import { Chalk } from 'chalk';
import type { Diagnostic } from '../types.js';
import type { Outcome } from './parse-one.js';

export const DIAGNOSTIC_STYLES = ['text', 'github'] as const;
export type DiagnosticStyle = (typeof DIAGNOSTIC_STYLES)[number];

export const COLOUR_CHOICES = ['auto', 'always', 'never'] as const;
export type ColourChoice = (typeof COLOUR_CHOICES)[number];

/**
 * Colour by the usual conventions: --color always/never decides; otherwise NO_COLOR
 * (any value) turns it off, FORCE_COLOR turns it on (0 or false: off), TERM=dumb is a
 * terminal without colour, and anything else gets colour on a terminal only.
 */
export function useColour(choice: ColourChoice, env: NodeJS.ProcessEnv, tty: boolean): boolean {
  if (choice !== 'auto') return choice === 'always';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return !['0', 'false'].includes(env.FORCE_COLOR);
  if (env.TERM === 'dumb') return false;
  return tty;
}

/** A workflow command's message: %, CR and LF escaped (GitHub's toolkit, command.ts). */
const githubData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** A workflow command's property value: the message's escapes, and : and , too. */
const githubProperty = (s: string) => githubData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::warning file=…,line=…,title=…::message`. */
export function githubAnnotation(severity: 'warning' | 'error', file: string, line: number | null, title: string | null, message: string): string {
  const properties = [`file=${githubProperty(file)}`, ...(line === null ? [] : [`line=${line}`]), ...(title === null ? [] : [`title=${githubProperty(title)}`])];
  return `::${severity} ${properties.join(',')}::${githubData(message)}\n`;
}

export function makeReporter(colour: boolean, write: (s: string) => void = (s) => process.stderr.write(s), style: DiagnosticStyle = 'text') {
  const c = new Chalk({ level: colour && style === 'text' ? 1 : 0 });
  return {
    error(path: string, reason: string): void {
      write(style === 'github' ? githubAnnotation('error', path, null, null, reason) : `${c.red('error')} ${c.bold(path)}: ${reason}\n`);
    },
    diagnostic(path: string, d: Diagnostic): void {
      if (style === 'github') {
        write(githubAnnotation(d.severity, path, d.line, d.code, d.message));
        return;
      }
      const where = d.line === null ? path : `${path}:${d.line}`;
      const severity = d.severity === 'error' ? c.red(d.severity) : c.yellow(d.severity);
      write(`${severity} ${c.bold(where)} ${c.dim(d.code)}: ${d.message}\n`);
    },
    plain(text: string): void {
      write(text);
    },
    colours: c,
  };
}

export type Reporter = ReturnType<typeof makeReporter>;

/** Which diagnostics are shown (and count for --strict): --quiet-code and --only-code. */
export function diagnosticFilter(quiet: string[] = [], only: string[] = []): (d: Diagnostic) => boolean {
  const hidden = new Set(quiet);
  const kept = new Set(only);
  return (d) => !hidden.has(d.code) && (kept.size === 0 || kept.has(d.code));
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The end-of-run summary, counted as the documents come: documents, blocks, and the diagnostics shown, by code. */
export class RunTally {
  private documents = 0;
  private blocks = 0;
  private unread = 0;
  private readonly codes = { error: new Map<string, number>(), warning: new Map<string, number>() };

  constructor(private readonly shown: (d: Diagnostic) => boolean) {}

  add(outcome: Outcome): void {
    if (outcome.summary === null) this.unread++;
    else {
      this.documents++;
      this.blocks += outcome.summary.blocks;
    }
    for (const d of outcome.diagnostics) if (this.shown(d)) this.codes[d.severity].set(d.code, (this.codes[d.severity].get(d.code) ?? 0) + 1);
  }

  text(): string {
    const bySeverity = (severity: Diagnostic['severity']) => {
      const counts = [...this.codes[severity]];
      const total = counts.reduce((n, [, k]) => n + k, 0);
      const codes = counts.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code, n]) => `${code} ${n}`);
      return total === 0 ? [] : [`${plural(total, severity)} (${codes.join(', ')})`];
    };
    const parts = [plural(this.documents, 'document'), plural(this.blocks, 'block'), ...(this.unread > 0 ? [`${this.unread} not read`] : []), ...bySeverity('error'), ...bySeverity('warning')];
    return `${parts.join(', ')}\n`;
  }
}
