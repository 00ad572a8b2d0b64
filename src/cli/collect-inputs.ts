/** Expands the command line's files and folders into the .xlsx and .xls files to read. */
import { promises as fs } from "fs";
import * as path from "path";

/** Files as given, plus every .xlsx and .xls below each folder (sorted, Excel's "~$" lock files left out). */
export async function collectInputs(inputs: string[], exclude: string[] = []): Promise<string[]> {
  const skip = new Set(exclude.map((p) => path.resolve(p)));
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (/\.xlsx?$/i.test(entry.name) && !entry.name.startsWith("~$") && !skip.has(path.resolve(full)))
        found.push(full);
    }
  };
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (stat?.isDirectory()) await walk(input);
    else found.push(input); // a missing or odd file is reported by the reader, not dropped here
  }
  return [...new Set(found)];
}
