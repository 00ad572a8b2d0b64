/**
 * How this project starts a browser, for the Playwright tests and the benchmark alike: Debian's
 * Chromium (never a downloaded one), headless, with nothing that reaches the network by itself.
 */
export const CHROMIUM_PATH = "/usr/bin/chromium";

export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-quic",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
];
