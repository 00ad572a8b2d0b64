/**
 * A small formula evaluator, for exactly the forms the add-in writes: numbers, "text" (with ""),
 * TRUE/FALSE, references (A1, $A$1, Sheet!A1, 'Sheet name'!A1), + - * / & and comparisons, unary
 * minus, ranges (A1:B9) in COUNTA, COUNTIF and SUM, and IF, AND, OR, NOT, ISNUMBER, ISBLANK, ROUND,
 * LEN, ABS, IFERROR. Text that does not parse is #NAME? (as Excel gives for "=- hộ nghèo"); an unknown
 * function throws, so a new form in the add-in shows up in tests instead of reading as a silent 0. Semantics follow Excel's
 * for these: an empty cell is 0 in arithmetic and "" in text, an error propagates, x/0 is #DIV/0!.
 */
import { parseA1 } from "../../../src/core/address";
import { type CellState, readValue } from "./cells";
import { type SheetState, type WorkbookState, cellAt, findSheet, unkey } from "./state";

type Value = number | string | boolean | { error: string } | null; // null: an empty cell
type Node =
  | { k: "lit"; v: Value }
  | { k: "ref"; sheet?: string; row: number; col: number }
  | { k: "range"; sheet?: string; top: number; left: number; bottom: number; right: number }
  | { k: "neg"; a: Node }
  | { k: "bin"; op: string; a: Node; b: Node }
  | { k: "call"; name: string; args: Node[] };

const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|('(?:[^']|'')+'!|[A-Za-z_][A-Za-z0-9_.]*!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![A-Za-z0-9_(])|(\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|(#REF!|#DIV\/0!|#N\/A|#VALUE!|#NAME\?)|([A-Za-z_][A-Za-z0-9_.]*)|(<>|<=|>=|[-+*/&=<>(),%^]))/y;

function tokenize(text: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m || m[0].trim() === "") {
      if (text.slice(start).trim() === "") break;
      throw new Error(`excel-fake: cannot read formula ${text} at ${start}`);
    }
    out.push(m[0].trim());
  }
  return out;
}

class Parser {
  private i = 0;
  constructor(private readonly t: string[]) {}
  parse(): Node {
    const n = this.compare();
    if (this.i < this.t.length) throw new Error(`excel-fake: unexpected ${this.t[this.i]}`);
    return n;
  }
  private peek(): string | undefined {
    return this.t[this.i];
  }
  private take(expected?: string): string {
    const tok = this.t[this.i++];
    if (expected !== undefined && tok !== expected) throw new Error(`excel-fake: expected ${expected}, got ${tok}`);
    return tok;
  }
  private compare(): Node {
    let a = this.concat();
    while (["=", "<>", "<", ">", "<=", ">="].includes(this.peek() ?? ""))
      a = { k: "bin", op: this.take(), a, b: this.concat() };
    return a;
  }
  private concat(): Node {
    let a = this.additive();
    while (this.peek() === "&") a = { k: "bin", op: this.take(), a, b: this.additive() };
    return a;
  }
  private additive(): Node {
    let a = this.term();
    while (this.peek() === "+" || this.peek() === "-") a = { k: "bin", op: this.take(), a, b: this.term() };
    return a;
  }
  private term(): Node {
    let a = this.unary();
    while (this.peek() === "*" || this.peek() === "/") a = { k: "bin", op: this.take(), a, b: this.unary() };
    return a;
  }
  private unary(): Node {
    if (this.peek() === "-") {
      this.take();
      return { k: "neg", a: this.unary() };
    }
    if (this.peek() === "+") this.take();
    return this.primary();
  }
  private primary(): Node {
    const tok = this.take();
    if (tok === undefined) throw new Error("excel-fake: formula ends early");
    if (tok === "(") {
      const n = this.compare();
      this.take(")");
      return n;
    }
    if (tok.startsWith('"')) return { k: "lit", v: tok.slice(1, -1).replace(/""/g, '"') };
    if (/^\d/.test(tok)) return { k: "lit", v: Number(tok) };
    if (tok.startsWith("#")) return { k: "lit", v: { error: tok } };
    const area = /^(?:'((?:[^']|'')+)'!|([^!']+)!)?\$?([A-Za-z]{1,3}\$?\d+):\$?([A-Za-z]{1,3}\$?\d+)$/.exec(tok);
    if (area) {
      const from = parseA1(area[3].replace(/\$/g, ""));
      const to = parseA1(area[4].replace(/\$/g, ""));
      if (!from || !to) throw new Error(`excel-fake: bad range ${tok}`);
      const sheet = area[1] !== undefined ? area[1].replace(/''/g, "'") : area[2];
      return {
        k: "range",
        sheet,
        top: Math.min(from.row, to.row),
        left: Math.min(from.column, to.column),
        bottom: Math.max(from.row, to.row),
        right: Math.max(from.column, to.column),
      };
    }
    const ref = /^(?:'((?:[^']|'')+)'!|([^!']+)!)?\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(tok);
    if (ref) {
      const at = parseA1(`${ref[3]}${ref[4]}`);
      if (!at) throw new Error(`excel-fake: bad reference ${tok}`);
      const sheet = ref[1] !== undefined ? ref[1].replace(/''/g, "'") : ref[2];
      return { k: "ref", sheet, row: at.row, col: at.column };
    }
    const name = tok.toUpperCase();
    if (name === "TRUE" || name === "FALSE") return { k: "lit", v: name === "TRUE" };
    if (this.peek() !== "(") throw new Error(`excel-fake: unknown name ${tok}`);
    this.take("(");
    const args: Node[] = [];
    if (this.peek() !== ")")
      for (;;) {
        args.push(this.compare());
        if (this.peek() !== ",") break;
        this.take(",");
      }
    this.take(")");
    return { k: "call", name, args };
  }
}

const parsed = new Map<string, Node>();
function parse(formula: string): Node {
  let n = parsed.get(formula);
  if (!n) {
    n = new Parser(tokenize(formula.replace(/^=/, ""))).parse();
    if (parsed.size > 50_000) parsed.clear();
    parsed.set(formula, n);
  }
  return n;
}

const isError = (v: Value): v is { error: string } => typeof v === "object" && v !== null;
const ERR = (error: string): Value => ({ error });

function num(v: Value): number | { error: string } {
  if (isError(v)) return v;
  if (v === null || v === "") return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v;
  const n = Number(v);
  return Number.isFinite(n) && v.trim() !== "" ? n : { error: "#VALUE!" };
}

function text(v: Value): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function truthy(v: Value): boolean | { error: string } {
  if (isError(v)) return v;
  if (typeof v === "string") return v === "" ? false : { error: "#VALUE!" };
  return !!v;
}

/** Excel's ROUND: half away from zero. */
function round(x: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.round(Math.abs(x) * f + 1e-9) / f;
  return x < 0 ? -r : r;
}

function compare(op: string, a: Value, b: Value): Value {
  const rank = (v: Value): number => (typeof v === "number" || v === null ? 0 : typeof v === "string" ? 1 : 2);
  let x: number | string | boolean = a === null ? (typeof b === "string" ? "" : 0) : (a as number | string | boolean);
  let y: number | string | boolean = b === null ? (typeof a === "string" ? "" : 0) : (b as number | string | boolean);
  let c: number;
  if (rank(x) !== rank(y)) c = rank(x) - rank(y);
  else {
    if (typeof x === "string") x = x.toLowerCase();
    if (typeof y === "string") y = y.toLowerCase();
    c = x < y ? -1 : x > y ? 1 : 0;
  }
  return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[op] as boolean;
}

export class Evaluator {
  private readonly visiting = new Set<CellState>();
  private readonly done = new Set<CellState>();
  constructor(private readonly wb: WorkbookState) {}

  /** The value of a cell: a formula cell is computed afresh (and its cached value updated). */
  cellValue(sheet: SheetState, row: number, col: number): Value {
    const cell = cellAt(sheet, row, col);
    if (!cell) return null;
    if (!cell.formula || this.done.has(cell))
      return cell.error ? ERR(String(cell.value)) : cell.value === null ? null : readValue(cell);
    if (this.visiting.has(cell)) return ERR("#REF!"); // a circular reference; the add-in writes none
    this.visiting.add(cell);
    try {
      let tree: Node;
      try {
        tree = parse(cell.formula);
      } catch {
        tree = { k: "lit", v: ERR("#NAME?") }; // not a formula Excel could read either ("=- hộ nghèo")
      }
      const v = this.eval(tree, sheet);
      store(cell, v);
      this.done.add(cell);
      return v;
    } finally {
      this.visiting.delete(cell);
    }
  }

  private eval(n: Node, sheet: SheetState): Value {
    switch (n.k) {
      case "lit":
        return n.v;
      case "ref": {
        const target = n.sheet === undefined ? sheet : findSheet(this.wb, n.sheet);
        if (!target) return ERR("#REF!");
        return this.cellValue(target, n.row, n.col);
      }
      case "range":
        return ERR("#VALUE!"); // a range outside a function that takes one
      case "neg": {
        const a = num(this.eval(n.a, sheet));
        return isError(a) ? a : -a;
      }
      case "bin":
        return this.binary(n.op, this.eval(n.a, sheet), this.eval(n.b, sheet));
      case "call":
        return this.call(n.name, n.args, sheet);
    }
  }

  private binary(op: string, a: Value, b: Value): Value {
    if (isError(a)) return a;
    if (isError(b)) return b;
    if (op === "&") return text(a) + text(b);
    if (["=", "<>", "<", ">", "<=", ">="].includes(op)) return compare(op, a, b);
    const x = num(a);
    const y = num(b);
    if (isError(x)) return x;
    if (isError(y)) return y;
    if (op === "+") return x + y;
    if (op === "-") return x - y;
    if (op === "*") return x * y;
    if (y === 0) return ERR("#DIV/0!");
    return x / y;
  }

  /** The values of a range argument (or of a single value). */
  private values(n: Node, sheet: SheetState): Value[] {
    if (n.k !== "range") return [this.eval(n, sheet)];
    const target = n.sheet === undefined ? sheet : findSheet(this.wb, n.sheet);
    if (!target) return [ERR("#REF!")];
    const out: Value[] = [];
    for (let r = n.top; r <= n.bottom; r++)
      for (let c = n.left; c <= n.right; c++) out.push(this.cellValue(target, r, c));
    return out;
  }

  private call(name: string, args: Node[], sheet: SheetState): Value {
    const arg = (i: number): Value => this.eval(args[i], sheet);
    if (name === "COUNTA") return args.flatMap((a) => this.values(a, sheet)).filter((v) => v !== null).length;
    if (name === "COUNTIF") {
      const criterion = arg(1);
      const m = /^(<>|<=|>=|<|>|=)?(.*)$/s.exec(text(criterion)) as RegExpExecArray;
      const op = m[1] ?? "=";
      const want: Value =
        typeof criterion === "number" ? criterion : m[2] !== "" && Number.isFinite(Number(m[2])) ? Number(m[2]) : m[2];
      return this.values(args[0], sheet).filter(
        (v) => v !== null && !isError(v) && typeof v === typeof want && compare(op, v, want) === true,
      ).length;
    }
    if (name === "SUM") {
      let total = 0;
      for (const v of args.flatMap((a) => this.values(a, sheet))) {
        if (isError(v)) return v;
        if (typeof v === "number") total += v;
      }
      return total;
    }
    switch (name) {
      case "IF": {
        const c = truthy(arg(0));
        if (isError(c)) return c;
        return c ? arg(1) : args.length > 2 ? arg(2) : false;
      }
      case "AND":
      case "OR": {
        let result = name === "AND";
        for (let i = 0; i < args.length; i++) {
          const c = truthy(arg(i));
          if (isError(c)) return c;
          result = name === "AND" ? result && c : result || c;
        }
        return result;
      }
      case "NOT": {
        const c = truthy(arg(0));
        return isError(c) ? c : !c;
      }
      case "ISNUMBER":
        return typeof arg(0) === "number";
      case "ISBLANK":
        return arg(0) === null;
      case "LEN": {
        const v = arg(0);
        return isError(v) ? v : text(v).length;
      }
      case "ABS": {
        const v = num(arg(0));
        return isError(v) ? v : Math.abs(v);
      }
      case "ROUND": {
        const x = num(arg(0));
        const d = num(arg(1));
        if (isError(x)) return x;
        if (isError(d)) return d;
        return round(x, Math.trunc(d));
      }
      case "IFERROR": {
        const v = arg(0);
        return isError(v) ? arg(1) : v;
      }
    }
    throw new Error(`excel-fake: the fake does not evaluate ${name}()`);
  }
}

/** Stores a computed value as the formula cell's cached value. */
function store(cell: CellState, v: Value): void {
  if (isError(v)) {
    cell.value = v.error;
    cell.error = true;
  } else {
    cell.value = v === null ? 0 : v;
    delete cell.error;
  }
}

/** Recalculates every formula cell of `sheet` within the rectangle (all of the sheet when omitted). */
export function calculate(
  wb: WorkbookState,
  sheets: SheetState[],
  within?: { top: number; left: number; bottom: number; right: number },
): void {
  const ev = new Evaluator(wb);
  for (const sheet of sheets)
    for (const [k, cell] of sheet.cells) {
      if (!cell.formula) continue;
      const { row, column: col } = unkey(k);
      if (within && (row < within.top || row > within.bottom || col < within.left || col > within.right)) continue;
      ev.cellValue(sheet, row, col);
    }
}
