#!/usr/bin/env node
"use strict";
// The CLI is compiled to lib/ by `npm ci` (package.json "prepare").
const { consoleOutput } = require("../lib/cli/output.js");
require("../lib/cli/failure.js").guardProcess(consoleOutput);
require("../lib/cli/main.js")
  .main(process.argv)
  .then((code) => {
    process.exitCode = code;
  });
