/**
 * Writes test/support/excel-fake/api-sets.json: for every member of every class in `namespace Excel`
 * of @types/office-js, the requirement set its doc comment names ("[Api set: ExcelApi 1.9]" → "1.9";
 * other sets such as "ExcelApiOnline 1.1" are kept whole; "Class.member=" names the set for writing a
 * property when it is later than reading it). The strict Excel fake reads the table and
 * refuses a member above the ExcelApi version it plays, so no hand-kept list can drift from Microsoft's.
 *
 *   node -r ./scripts/ts-register.js scripts/gen-excel-api-sets.ts [--check]
 *
 * --check exits 1 when the committed table differs from what the installed types give.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const ROOT = path.join(__dirname, "..");
const TYPES = path.join(ROOT, "node_modules/@types/office-js/index.d.ts");
export const TABLE_PATH = path.join(ROOT, "test/support/excel-fake/api-sets.json");

// "[Api set: ExcelApi 1.9]", also "[Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]"
const API_SET = /\[Api set: (ExcelApi\w*) (\d+\.\d+)([^\]]*)\]/;
const SETTER_SET = /[;,] (\d+\.\d+) for set(ting it)?\b/;

/** The member's set, and the set for writing it when the comment names a later one. */
function setOf(node: ts.Node, source: ts.SourceFile): { set: string; setter?: string } | undefined {
  const text = source.text;
  for (const range of ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []) {
    const m = API_SET.exec(text.slice(range.pos, range.end));
    if (!m) continue;
    const setter = SETTER_SET.exec(m[3])?.[1];
    return { set: m[1] === "ExcelApi" ? m[2] : `${m[1]} ${m[2]}`, ...(setter ? { setter } : {}) };
  }
  return undefined;
}

/** Lower of two sets: plain ExcelApi versions compare numerically and win over the others. */
function lower(a: string | undefined, b: string): string {
  if (a === undefined) return b;
  const num = (s: string): number[] | null => (/^\d+\.\d+$/.test(s) ? s.split(".").map(Number) : null);
  const x = num(a);
  const y = num(b);
  if (!x) return y ? b : a;
  if (!y) return a;
  return x[0] < y[0] || (x[0] === y[0] && x[1] <= y[1]) ? a : b;
}

export function buildTable(typesPath = TYPES): { version: string; members: Record<string, string> } {
  const source = ts.createSourceFile(typesPath, fs.readFileSync(typesPath, "utf8"), ts.ScriptTarget.Latest, true);
  const members: Record<string, string> = {};
  for (const statement of source.statements) {
    if (!ts.isModuleDeclaration(statement) || statement.name.getText(source) !== "Excel") continue;
    const body = statement.body;
    if (!body || !ts.isModuleBlock(body)) continue;
    for (const decl of body.statements) {
      if (!ts.isClassDeclaration(decl) || !decl.name) continue; // Interfaces namespace, enums: not API members
      const className = decl.name.text;
      for (const member of decl.members) {
        if (!member.name || !(ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) continue;
        const found = setOf(member, source);
        if (!found) continue;
        const key = `${className}.${member.name.text}`;
        members[key] = lower(members[key], found.set); // overloads: the lowest set that offers the member
        if (found.setter) members[`${key}=`] = found.setter; // "Worksheet.visibility=": writing it
      }
    }
  }
  const sorted = Object.fromEntries(Object.entries(members).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(typesPath), "package.json"), "utf8")) as {
    version: string;
  };
  return { version: pkg.version, members: sorted };
}

export function renderTable(table: ReturnType<typeof buildTable>): string {
  return `${JSON.stringify({ generatedFrom: `@types/office-js ${table.version}`, members: table.members }, null, 0).replace(/,"/g, ',\n"')}\n`;
}

if (require.main === module) {
  const text = renderTable(buildTable());
  if (process.argv.includes("--check")) {
    const committed = fs.existsSync(TABLE_PATH) ? fs.readFileSync(TABLE_PATH, "utf8") : "";
    if (committed !== text) {
      console.error(
        `${path.relative(ROOT, TABLE_PATH)} is stale: run node -r ./scripts/ts-register.js scripts/gen-excel-api-sets.ts`,
      );
      process.exit(1);
    }
  } else {
    fs.writeFileSync(TABLE_PATH, text);
    console.log(`${Object.keys(buildTable().members).length} members → ${path.relative(ROOT, TABLE_PATH)}`);
  }
}
