// Lets plain `node` run the project's TypeScript scripts (node -r ./scripts/ts-register.js x.ts)
// by transpiling each .ts file with the installed `typescript` package as it is required.
// Types are not checked here: `npm run typecheck` does that.
"use strict";

const fs = require("fs");
const ts = require("typescript");

require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
    },
    fileName: filename,
  });
  module._compile(outputText, filename);
};

// Prefer x.ts over a stray compiled x.js beside it when resolving require("./x"): Node tries the
// extensions in the order they were registered, so move the built-in ones after ".ts".
for (const extension of [".js", ".json", ".node"]) {
  const handler = require.extensions[extension];
  delete require.extensions[extension];
  require.extensions[extension] = handler;
}
