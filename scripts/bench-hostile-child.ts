/** The command line once over a folder, in this process: prints exit code, time and peak memory as JSON (never throws on a bad exit). */
import { main } from "../src/cli/main";

async function run(): Promise<void> {
  const [dir, out] = process.argv.slice(2);
  const started = process.hrtime.bigint();
  const code = await main(["summarize", dir, "--out", out, "--quiet"], {
    stdout: () => undefined,
    stderr: () => undefined,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(JSON.stringify({ code, ms, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
}

void run();
