// Injected by scripts/bundle.mjs into the CommonJS bundles that read import.meta.url.
export const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
