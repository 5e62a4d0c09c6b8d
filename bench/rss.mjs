// Runs the ctoc-parse CLI in this process and, at exit, writes the peak resident set size
// (worker threads included) to the file named by CTOC_RSS_FILE. Used by run.mjs.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

process.on('exit', () => writeFileSync(process.env.CTOC_RSS_FILE, String(process.resourceUsage().maxRSS * 1024)));
const bin = new URL('../bin/ctoc-parse.js', import.meta.url).pathname;
process.argv = [process.argv[0], bin, ...process.argv.slice(2)];
createRequire(import.meta.url)(bin);
