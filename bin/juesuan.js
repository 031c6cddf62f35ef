#!/usr/bin/env node
"use strict";
// The CLI is compiled to lib/ and bundled to lib/bundle/ by `npm ci` (package.json "prepare",
// `npm run build:cli`; webpack.cli.config.js).
const cli = require("../lib/bundle/juesuan.js");
cli.guardProcess(cli.consoleOutput);
cli.main(process.argv).then((code) => {
  process.exitCode = code;
});
