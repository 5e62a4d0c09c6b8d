// Messages on standard error: coloured only on a terminal and never with NO_COLOR set.
import { Chalk } from 'chalk';
import type { Diagnostic } from '../types.js';

export function useColour(env: NodeJS.ProcessEnv, tty: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return tty;
}

export function makeReporter(colour: boolean, write: (s: string) => void = (s) => process.stderr.write(s)) {
  const c = new Chalk({ level: colour ? 1 : 0 });
  return {
    error(path: string, reason: string): void {
      write(`${c.red('error')} ${c.bold(path)}: ${reason}\n`);
    },
    diagnostic(path: string, d: Diagnostic): void {
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
