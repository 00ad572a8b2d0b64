/** Runs the command line once in a fresh process and prints its time and peak memory as JSON. */
import { main } from "../src/cli/main";

async function run(): Promise<void> {
  const [dir, out] = process.argv.slice(2);
  const started = process.hrtime.bigint();
  const code = await main(["summarize", dir, "--out", out, "--quiet"], { stdout: () => undefined, stderr: () => undefined });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (code !== 0) throw new Error(`exit ${code}`);
  console.log(JSON.stringify({ ms, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
}

run().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
