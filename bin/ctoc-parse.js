#!/usr/bin/env node
// Thin entry: the bundled CLI (dist/bundle/, built by `npm run build`) does everything.
import { main } from '../dist/bundle/main.js';

process.exitCode = await main(process.argv);
