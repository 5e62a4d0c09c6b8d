#!/usr/bin/env node
// Thin entry: the built CLI does everything.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv);
