#!/usr/bin/env node
"use strict";
// The CLI is compiled to lib/ by `npm ci` (package.json "prepare").
require("../lib/cli/main.js").main(process.argv).then((code) => {
  process.exitCode = code;
});
