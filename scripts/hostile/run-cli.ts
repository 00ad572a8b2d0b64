/** The command line in a child process, for the hostile corpus: node -r ./scripts/ts-register.js scripts/hostile/run-cli.ts summarize … */
import { main } from "../../src/cli/main";

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
