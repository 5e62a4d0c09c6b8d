#!/usr/bin/env node
// Thin entry: the bundled CLI (dist/bundle/, built by `npm run build`) does everything.
// CommonJS (see bin/package.json), like the bundle, so that no ES module loader is
// started; the CLI is loaded with the code V8 compiled for it at build time (see
// scripts/bundle.mjs).
const { join } = require('node:path');
const { requireCached } = require('../dist/bundle/code-cache.cjs');

requireCached(join(__dirname, '..', 'dist', 'bundle', 'main.cjs'))
  .main(process.argv)
  .then((status) => {
    process.exitCode = status;
  });
