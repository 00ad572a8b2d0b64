/**
 * The consolidated table's row order (issue 15): indicators in order of first appearance, except that
 * a sub-row ("- hộ cận nghèo", "+ Trong đó: nữ") first seen in a later return goes under its parent
 * (after the parent's other sub-rows), and a row whose group title was already used joins that group:
 * no second group with the same title at the bottom, no orphan sub-rows.
 */
import { foldForMatch } from "../text/normalize";

interface Orderable {
  name: string;
  group: string | null;
  parent: string | null;
}

export function orderUnderParents<T extends Orderable>(rows: readonly T[]): T[] {
  // Blocks by group title, in order of first appearance; rows without a group keep their own block
  // where they first appear (a run of them between groups stays there).
  const blocks: T[][] = [];
  const blockOfGroup = new Map<string, T[]>();
  // Where each row sits: its block, so a sub-row can find its parent by name.
  const blockOf = new Map<T, T[]>();
  const byName = new Map<string, T>();
  let ungrouped: T[] | null = null;
  for (const row of rows) {
    const parent = row.parent === null ? undefined : byName.get(foldForMatch(row.parent));
    let block: T[];
    if (parent !== undefined) {
      block = blockOf.get(parent)!;
      // after the parent and the rows already under it
      let at = block.indexOf(parent) + 1;
      while (at < block.length && block[at].parent !== null) at++;
      block.splice(at, 0, row);
    } else {
      if (row.group === null) {
        if (ungrouped === null) {
          ungrouped = [];
          blocks.push(ungrouped);
        }
        block = ungrouped;
      } else {
        ungrouped = null;
        const key = foldForMatch(row.group);
        let found = blockOfGroup.get(key);
        if (found === undefined) {
          found = [];
          blockOfGroup.set(key, found);
          blocks.push(found);
        }
        block = found;
      }
      block.push(row);
    }
    blockOf.set(row, block);
    const key = foldForMatch(row.name);
    if (!byName.has(key)) byName.set(key, row);
  }
  // A row set under a title spelled otherwise (or under a parent of another group) takes the
  // block's title, so the table writes one group banner per block.
  const out: T[] = [];
  for (const block of blocks) {
    const title = block[0].group;
    for (const row of block) out.push(row.group === title ? row : { ...row, group: title });
  }
  return out;
}
