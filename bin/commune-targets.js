#!/usr/bin/env node
"use strict";
// The command line: compiled by `npm run build:cli` into dist-cli/.
require("../dist-cli/src/cli/main.js")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
