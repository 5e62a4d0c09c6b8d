#!/usr/bin/env node
// Thin entry: the bundled CLI (dist/bundle/, built by `npm run build`) does everything.
// CommonJS, like the bundle, so that no ES module loader is started (see scripts/bundle.mjs).
require('../dist/bundle/main.cjs')
  .main(process.argv)
  .then((status) => {
    process.exitCode = status;
  });
