/**
 * Whether an output path names one of the input files: through symlinks, hard links, "./a/../a.xlsx",
 * a different case on a case-insensitive disk. Compared by device + inode when the output exists, and
 * by real path (its folder resolved, then its name) when it does not yet.
 */
import { promises as fs } from "fs";
import * as path from "path";

export interface FileIdentity {
  real: string;
  dev?: number;
  ino?: number;
}

/** The identity of `file`: real path, plus device and inode when it exists. */
export async function fileIdentity(file: string): Promise<FileIdentity> {
  const stat = await fs.stat(file).catch(() => null);
  let real: string;
  try {
    real = await fs.realpath(file);
  } catch {
    // Not there yet: its folder's real path (symlinked folders resolved) and its own name.
    const dir = await fs.realpath(path.dirname(path.resolve(file))).catch(() => path.dirname(path.resolve(file)));
    real = path.join(dir, path.basename(file));
  }
  return stat ? { real, dev: stat.dev, ino: stat.ino } : { real };
}

export function sameFile(a: FileIdentity, b: FileIdentity): boolean {
  if (a.ino !== undefined && b.ino !== undefined) return a.dev === b.dev && a.ino === b.ino;
  return a.real === b.real;
}

/** The first input that `output` would overwrite, or null. */
export async function clashingInput(output: string, inputs: readonly FileIdentity[]): Promise<number | null> {
  const out = await fileIdentity(output);
  const i = inputs.findIndex((input) => sameFile(out, input));
  return i < 0 ? null : i;
}
