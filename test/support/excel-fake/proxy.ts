/**
 * The request context and the proxy base, after Office.js's model
 * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model):
 * - a proxy is a local handle; methods and property writes are QUEUED and run, in order, at `context.sync()`;
 * - a scalar property can be read only after `load()` and a sync, and it holds the value as of that sync,
 *   otherwise reading throws PropertyNotLoaded;
 * - `*OrNullObject` methods give a proxy whose `isNullObject` tells, after the sync, whether it exists.
 * The fake also measures each request (JSON of the queued operations) and response (JSON of the loaded
 * values) and fails a sync over 5 MB, like Excel on the web ("Resource limits and performance optimization").
 */
import { checkLoad, versionAtLeast } from "./api-sets";
import { FakeOfficeError, officeError, propertyNotLoaded } from "./errors";
import { calculate } from "./formulas";
import type { WorkbookState } from "./state";

export type LoadSpec = string | string[] | { select?: string | string[]; expand?: string | string[] };

export interface FakeLimits {
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** "1.13" etc.: the highest ExcelApi requirement set this fake supports. */
  apiVersion: string;
}

export interface FakeStats {
  syncs: number;
  requestBytes: number[];
  responseBytes: number[];
  /** Sync numbers (1-based) that began with suspendApiCalculationUntilNextSync. */
  calculationSuspendedSyncs: number[];
  /** Cells read cell by cell (values, formats, …), summed over syncs: see read-limits.ts. */
  cellsRead?: number;
}

type Queued =
  | { wire: unknown; run: () => void }
  | { wire: unknown; load: FakeObject; paths: string[][] };

/** UTF-8 byte length, counted without Node's Buffer so the fake also runs in the browser preview. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export { versionAtLeast };

export class FakeContext {
  readonly stats: FakeStats = { syncs: 0, requestBytes: [], responseBytes: [], calculationSuspendedSyncs: [] };
  private queue: Queued[] = [];
  private nextPath = 1;
  /** A fault to inject: sync number `sync` (1-based) fails after running `afterOps` of its operations. */
  fault: { sync: number; afterOps: number } | null = null;
  /** Set by createFakeExcel (avoids an import cycle). */
  workbook!: unknown;
  application!: unknown;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(
    readonly state: WorkbookState,
    readonly limits: FakeLimits,
  ) {}

  /** A short object-path id, like the numeric ids Office.js sends. */
  newPath(): string {
    return `#${this.nextPath++}`;
  }

  enqueue(wire: unknown, run: () => void): void {
    this.queue.push({ wire, run });
  }

  enqueueLoad(object: FakeObject, paths: string[][]): void {
    this.queue.push({ wire: { o: "load", p: object.path, s: paths.map((p) => p.join("/")) }, load: object, paths });
  }

  /** context.load(object, spec), the older spelling of object.load(spec). */
  load<T extends FakeObject>(object: T, spec?: LoadSpec): T {
    return object.load(spec);
  }

  /**
   * Runs the queued batch in order. A failing operation stops the batch and rejects the promise; what ran
   * before it stays applied (Excel has no rollback). A request over the limit applies nothing.
   */
  async sync<T>(passThrough?: T): Promise<T> {
    await Promise.resolve();
    const ops = this.queue;
    this.queue = [];
    this.stats.syncs++;
    const requestBytes = utf8Length(JSON.stringify(ops.map((op) => op.wire)));
    this.stats.requestBytes.push(requestBytes);
    if (requestBytes > this.limits.maxRequestBytes) throw officeError("RequestPayloadSizeLimitExceeded");
    const commits: Array<() => void> = [];
    let responseBytes = 0;
    const failAt = this.fault?.sync === this.stats.syncs ? Math.min(this.fault.afterOps, ops.length) : -1;
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i];
      try {
        if (i === failAt) throw officeError("GeneralException", `injected fault in sync ${this.stats.syncs} after ${i} operations`);
        if ("load" in op) {
          const snap = op.load.snapshot(op.paths);
          responseBytes += utf8Length(JSON.stringify(snap.data));
          commits.push(snap.commit);
        } else op.run();
      } catch (error) {
        this.stats.responseBytes.push(responseBytes);
        if (error instanceof FakeOfficeError) error.debugInfo.errorLocation = JSON.stringify(op.wire).slice(0, 200);
        throw error;
      }
    }
    if (failAt === ops.length) {
      this.stats.responseBytes.push(responseBytes);
      throw officeError("GeneralException", `injected fault in sync ${this.stats.syncs} after all ${ops.length} operations`);
    }
    this.stats.responseBytes.push(responseBytes);
    if (responseBytes > this.limits.maxResponseBytes) throw officeError("ResponsePayloadSizeLimitExceeded");
    for (const commit of commits) commit();
    const wrote = ops.some((op) => !("load" in op));
    const suspended = this.stats.calculationSuspendedSyncs.includes(this.stats.syncs);
    if (wrote && !suspended && this.state.calculationMode !== "Manual") calculate(this.state, this.state.sheets);
    return passThrough as T;
  }
}

/** "a, b/c" | ["a", "b/c"] | { select: "a, b/c" } → [["a"], ["b", "c"]]. */
export function parseLoadSpec(spec?: LoadSpec): string[][] {
  if (spec === undefined) return [];
  let parts: string[];
  if (typeof spec === "string") parts = spec.split(",");
  else if (Array.isArray(spec)) parts = spec.flatMap((s) => s.split(","));
  else {
    const select = spec.select ?? [];
    const expand = spec.expand ?? [];
    parts = [select, expand].flatMap((s) => (Array.isArray(s) ? s : s.split(",")));
  }
  return parts
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => p.split("/").map((s) => s.trim()));
}

export interface Snapshot {
  data: unknown;
  commit: () => void;
}

/**
 * A proxy. `T` is what it stands for in the state. A proxy is either bound by a queued request
 * (`bind`, resolved during a sync; `null` for a null object) or derived from its parent (`derive`).
 */
export abstract class FakeObject<T = unknown> {
  readonly path: string;
  /** Scalar properties that `load()` with no argument loads. */
  protected abstract readonly scalars: readonly string[];
  private loaded = new Map<string, unknown>();
  private bound: T | null | undefined = undefined;
  private derive?: () => T | null;

  constructor(
    readonly ctx: FakeContext,
    derive?: () => T | null,
  ) {
    this.path = ctx.newPath();
    this.derive = derive;
  }

  load(spec?: LoadSpec): this {
    this.ctx.enqueueLoad(this, parseLoadSpec(spec));
    return this;
  }

  /** Queues the request that tells which object this proxy is. */
  protected bind(wire: Record<string, unknown>, resolve: () => T | null): void {
    this.ctx.enqueue({ ...wire, p: this.path }, () => {
      this.bound = resolve();
    });
  }

  /** Binds at once (items of a loaded collection). */
  setTarget(target: T | null): void {
    this.bound = target;
  }

  /** The object in the state, during a sync. Operations on a null object fail with ItemNotFound. */
  target(): T {
    const t = this.derive ? this.derive() : this.bound;
    if (t === undefined) throw officeError("GeneralException", "proxy used before the request that creates it");
    if (t === null) throw officeError("ItemNotFound", `null object ${this.path}`);
    return t;
  }

  /** True when the proxy stands for nothing (an *OrNullObject miss), during a sync. */
  protected targetIsNull(): boolean {
    return (this.derive ? this.derive() : this.bound) === null;
  }

  get isNullObject(): boolean {
    const t = this.derive ? this.derive() : this.bound;
    if (t === undefined) throw propertyNotLoaded("isNullObject");
    return t === null;
  }

  /** Reads one scalar from the state, during a sync. */
  protected abstract readScalar(name: string, target: T): unknown;

  /** A navigation property (format, font, areas...), or undefined for a scalar. */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- subclasses use the name
  protected child(_name: string): FakeObject<unknown> | undefined {
    return undefined;
  }

  /** Captures the loaded values during a sync; `commit` makes them readable once the sync succeeds. */
  snapshot(paths: string[][]): Snapshot {
    const scalars = new Set<string>();
    const children = new Map<string, string[][]>();
    for (const path of paths.length ? paths : this.scalars.map((s) => [s])) {
      const [head, ...rest] = path;
      if (head === "isNullObject") continue;
      if (this.child(head)) children.set(head, [...(children.get(head) ?? []), ...(rest.length ? [rest] : [])]);
      else if (this.scalars.includes(head) && rest.length === 0) {
        checkLoad(this, head, this.ctx.limits.apiVersion);
        scalars.add(head);
      }
      else throw officeError("InvalidArgument", `cannot load '${path.join("/")}' on ${this.constructor.name}`);
    }
    if (this.targetIsNull()) return { data: { isNullObject: true }, commit: () => undefined };
    const target = this.target();
    const data: Record<string, unknown> = {};
    for (const name of scalars) data[name] = this.readScalar(name, target);
    const commits: Array<() => void> = [];
    for (const [name, childPaths] of children) {
      const snap = (this.child(name) as FakeObject<unknown>).snapshot(childPaths);
      data[name] = snap.data;
      commits.push(snap.commit);
    }
    return {
      data,
      commit: () => {
        for (const name of scalars) this.loaded.set(name, data[name]);
        commits.forEach((c) => c());
      },
    };
  }

  /** A loaded scalar; throws PropertyNotLoaded like Office.js when it was not loaded and synced. */
  protected get<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name);
    return this.loaded.get(name) as V;
  }

  /** Queues a property write or a method call on this object. */
  protected queue(op: string, value: unknown, apply: (target: T) => void): void {
    this.ctx.enqueue({ o: op, p: this.path, v: value }, () => apply(this.target()));
  }

  toJSON(): unknown {
    return Object.fromEntries(this.loaded);
  }
}

/** A collection: `items` (and `items/x` paths, or plain `x` meaning each item's x) load its members. */
export abstract class FakeCollection<I extends FakeObject<unknown>, T = unknown> extends FakeObject<T> {
  protected readonly scalars: readonly string[] = [];
  private loadedItems: I[] | undefined;

  /** The members, as proxies bound to them, during a sync. */
  protected abstract members(target: T): I[];

  protected readScalar(name: string): unknown {
    throw officeError("InvalidArgument", name);
  }

  override snapshot(paths: string[][]): Snapshot {
    if (this.targetIsNull()) return { data: { isNullObject: true }, commit: () => undefined };
    const itemPaths = paths.map((p) => (p[0] === "items" ? p.slice(1) : p)).filter((p) => p.length > 0);
    const items = this.members(this.target());
    const snaps = items.map((item) => item.snapshot(itemPaths));
    return {
      data: { items: snaps.map((s) => s.data) },
      commit: () => {
        this.loadedItems = items;
        snaps.forEach((s) => s.commit());
      },
    };
  }

  get items(): I[] {
    if (!this.loadedItems) throw propertyNotLoaded("items");
    return this.loadedItems;
  }
}

/** A collection of the workbook itself (worksheets, settings, custom XML parts): never a null object. */
export abstract class WorkbookCollection<I extends FakeObject<unknown>> extends FakeCollection<I, null> {
  constructor(ctx: FakeContext) {
    super(ctx, () => null);
  }
  override target(): null {
    return null;
  }
  protected override targetIsNull(): boolean {
    return false;
  }
}
