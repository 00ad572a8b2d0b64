/**
 * Starts the parse worker. Kept alone in this file because of `import.meta`: webpack (ts-loader with
 * module esnext) sees `new Worker(new URL(..., import.meta.url))` and emits parse-worker.ts as its own
 * chunk, named "parse-worker". Loaded only with import() and only where `Worker` exists, so jest
 * (CommonJS, Node) never runs it.
 *
 * Why the ts-expect-error: tsconfig.json says module commonjs (for jest and the CLI), where TS1343
 * forbids import.meta; the webpack build compiles this file with module esnext, where it is valid.
 */
export function createParseWorker(): Worker {
  return new Worker(
    /* webpackChunkName: "parse-worker" */
    // @ts-expect-error TS1343 under module commonjs; valid in the esnext webpack build (see above)
    new URL("./parse-worker.ts", import.meta.url),
  );
}
