/**
 * Write steps packed into as few syncs as possible. Each step queues some Office.js writes and
 * carries an estimate of its request size; a sync is started only when the next step would push the
 * batch over `maxBytes`. Each write sync begins with suspendApiCalculationUntilNextSync (ExcelApi 1.6).
 */
export interface WriteStep {
  /** Estimated request bytes of what `queue` sends (an over-estimate is safe). */
  bytes: number;
  queue(): void;
}

/**
 * Per queued Office.js action: the object path, method or property name and JSON framing. Calibrated
 * against the request bytes the strict fake counts (a property write with its object path and name
 * is 40–60 bytes there, a getRange about 50); rounded up. Was 256, which packed 100 communes into 20
 * write syncs of at most 0.7 MB each under a 4 MB cap.
 */
export const ACTION_OVERHEAD_BYTES = 64;

const encoder = new TextEncoder();

/** UTF-8 bytes of a value's JSON: what the request carries for it. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "").length;
}

/** Groups steps into batches whose estimated size stays within maxBytes (a lone oversize step gets its own). */
export function packSteps(steps: readonly WriteStep[], maxBytes: number): WriteStep[][] {
  const batches: WriteStep[][] = [];
  let current: WriteStep[] = [];
  let size = ACTION_OVERHEAD_BYTES; // the suspend-calculation call
  for (const step of steps) {
    if (current.length > 0 && size + step.bytes > maxBytes) {
      batches.push(current);
      current = [];
      size = ACTION_OVERHEAD_BYTES;
    }
    current.push(step);
    size += step.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

export async function runBatches(
  context: Excel.RequestContext,
  batches: readonly WriteStep[][],
  suspendCalculation: boolean,
  afterBatch?: (index: number) => void,
): Promise<void> {
  for (let i = 0; i < batches.length; i++) {
    if (suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
    for (const step of batches[i]) step.queue();
    await context.sync();
    afterBatch?.(i);
  }
}
