// Bare unified + remark-parse on whole documents, the baseline of the benchmark: parses
// each file named on the command line in one piece and prints the bytes it read.
import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse);
let bytes = 0;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  parser.parse(text);
  bytes += Buffer.byteLength(text);
}
process.stdout.write(String(bytes));
