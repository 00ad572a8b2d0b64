#!/usr/bin/env node
"use strict";
// The command line: compiled by `npm run build:cli` into dist-cli/.
const path = require("path");
const fs = require("fs");

const main = path.join(__dirname, "..", "dist-cli", "src", "cli", "main.js");
if (!fs.existsSync(main)) {
  // A fresh clone after `npm install`: say what to run instead of a MODULE_NOT_FOUND stack.
  const en = process.argv.includes("--lang") && process.argv[process.argv.indexOf("--lang") + 1] === "en";
  process.stderr.write(
    en
      ? "commune-targets is not built yet: run `npm run build:cli` (or `npm run demo`) in the project folder first.\n"
      : "commune-targets chưa được biên dịch: hãy chạy `npm run build:cli` (hoặc `npm run demo`) trong thư mục dự án trước.\n",
  );
  process.exitCode = 1;
} else {
  require(main)
    .main(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    });
}
