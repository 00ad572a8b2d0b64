/**
 * Stands in for the archiver (zip writer) inside exceljs's streaming WorkbookWriter when the package
 * is finished afterwards (package-finish.ts): it keeps each part's bytes, uncompressed, in order.
 * With the archiver, every part went through a stream pipeline, a JavaScript CRC and the file,
 * only to be read back and unzipped for finishing: about a tenth of the command line's time on
 * 100 returns.
 *
 * It does what the WorkbookWriter asks of its `zip`: `pipe(output)` (nothing goes there),
 * `append(string | Buffer | stream, { name })`, an "entry" event once a part is complete
 * (plan-file-writer.ts waits for each sheet's), and `finalize()`, which ends the writer's output
 * stream so that its `commit()` resolves.
 */
import { EventEmitter } from "node:events";

/** exceljs's StreamBuf as the writer hands it over: buffered until `end()`, then "finish". */
interface PartStream extends EventEmitter {
  pause(): void;
  toBuffer(): Buffer | null;
}

export class PartCollector extends EventEmitter {
  /** Part name (without a leading "/") → bytes, in the order the parts were completed. */
  readonly parts = new Map<string, Uint8Array>();

  private output: NodeJS.WritableStream | null = null;

  /** The WorkbookWriter's output: ended by `finalize()`, which the writer waits on when it commits. */
  pipe<T extends NodeJS.WritableStream>(output: T): T {
    this.output = output;
    return output;
  }

  append(data: string | Buffer | PartStream, options: { name: string }): void {
    const name = options.name.replace(/^\/+/, "");
    if (typeof data === "string" || Buffer.isBuffer(data)) {
      this.complete(name, typeof data === "string" ? Buffer.from(data, "utf8") : data);
      return;
    }
    // Nothing reads the stream while it is written: paused, it only buffers (no "data" copies).
    data.pause();
    data.once("finish", () => this.complete(name, data.toBuffer() ?? Buffer.alloc(0)));
  }

  finalize(): void {
    this.output?.end();
  }

  private complete(name: string, bytes: Uint8Array): void {
    if (this.parts.has(name)) {
      this.emit("error", new Error(`PartCollector: the part ${name} was written twice`));
      return;
    }
    this.parts.set(name, bytes);
    this.emit("entry", { name });
  }
}
