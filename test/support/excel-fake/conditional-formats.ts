/**
 * Excel.ConditionalFormatCollection on a range (ExcelApi 1.6). `add` puts the new format "at the
 * first/top priority" (Office.js docs), so in the sheet's list index 0 is the top priority; setting
 * `priority` moves it. Only the "Custom" type (a formula rule) is modelled in detail.
 */
import { officeError } from "./errors";
import { FakeCollection, type FakeContext, FakeObject } from "./proxy";
import type { RangeTarget } from "./range";
import { type ConditionalFormatState, type SheetState, intersects } from "./state";

interface CfTarget {
  sheet: SheetState;
  cf: ConditionalFormatState;
}

const TYPES = ["Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"];

export class ConditionalFormatCollection extends FakeCollection<ConditionalFormat, RangeTarget> {
  constructor(ctx: FakeContext, derive: () => RangeTarget) {
    super(ctx, derive);
  }
  protected members(t: RangeTarget): ConditionalFormat[] {
    return t.sheet.conditionalFormats.map((cf) => {
      const p = new ConditionalFormat(this.ctx);
      p.setTarget({ sheet: t.sheet, cf });
      return p;
    });
  }
  add(type: string): ConditionalFormat {
    const cf = new ConditionalFormat(this.ctx);
    cf.bindAdd(type, () => {
      if (!TYPES.includes(type)) throw officeError("InvalidArgument", `conditional format type ${type}`);
      const t = this.target();
      const state: ConditionalFormatState = { id: this.ctx.state.nextId++, type, range: { ...t.rect } };
      t.sheet.conditionalFormats.unshift(state);
      return { sheet: t.sheet, cf: state };
    });
    return cf;
  }
  /** Removes every conditional format that applies within the range (the sheet's, for the whole sheet). */
  clearAll(): void {
    this.queue("conditionalFormats.clearAll", null, (t) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !intersects(cf.range, t.rect));
    });
  }
}

export class ConditionalFormat extends FakeObject<CfTarget> {
  protected readonly scalars = ["type", "priority", "stopIfTrue", "id"] as const;
  private _custom?: CustomConditionalFormat;

  bindAdd(type: string, resolve: () => CfTarget): void {
    this.bind({ o: "conditionalFormats.add", a: type }, resolve);
  }
  protected readScalar(name: string, t: CfTarget): unknown {
    if (name === "priority") return t.sheet.conditionalFormats.indexOf(t.cf);
    if (name === "stopIfTrue") return t.cf.stopIfTrue ?? false;
    if (name === "id") return String(t.cf.id);
    return t.cf.type;
  }
  protected override child(name: string): FakeObject<unknown> | undefined {
    return name === "custom" ? this.custom : undefined;
  }
  get type(): string { return this.get("type"); }
  get priority(): number { return this.get("priority"); }
  set priority(p: number) {
    this.queue("priority", p, (t) => {
      const list = t.sheet.conditionalFormats;
      list.splice(list.indexOf(t.cf), 1);
      list.splice(Math.max(0, Math.min(p, list.length)), 0, t.cf);
    });
  }
  get stopIfTrue(): boolean { return this.get("stopIfTrue"); }
  set stopIfTrue(v: boolean) { this.queue("stopIfTrue", v, (t) => { t.cf.stopIfTrue = v; }); }
  get custom(): CustomConditionalFormat {
    return (this._custom ??= new CustomConditionalFormat(this.ctx, () => {
      const t = this.target();
      if (t.cf.type !== "Custom") throw officeError("InvalidOperation", "not a Custom conditional format");
      return t;
    }));
  }
}

export class CustomConditionalFormat extends FakeObject<CfTarget> {
  protected readonly scalars = [] as const;
  readonly rule = new ConditionalFormatRule(this.ctx, () => this.target());
  readonly format = new ConditionalRangeFormat(this.ctx, () => this.target());
  protected readScalar(): unknown { return undefined; }
  protected override child(name: string): FakeObject<unknown> | undefined {
    return name === "rule" ? this.rule : name === "format" ? this.format : undefined;
  }
}

export class ConditionalFormatRule extends FakeObject<CfTarget> {
  protected readonly scalars = ["formula"] as const;
  protected readScalar(_n: string, t: CfTarget): unknown { return t.cf.formula ?? ""; }
  get formula(): string { return this.get("formula"); }
  set formula(v: string) {
    this.queue("rule.formula", v, (t) => {
      if (!v.startsWith("=") || v.length < 2) throw officeError("InvalidArgument", `rule formula ${v}`);
      t.cf.formula = v;
    });
  }
}

export class ConditionalRangeFormat extends FakeObject<CfTarget> {
  protected readonly scalars = [] as const;
  readonly fill = new CfFill(this.ctx, () => this.target());
  readonly font = new CfFont(this.ctx, () => this.target());
  protected readScalar(): unknown { return undefined; }
  protected override child(name: string): FakeObject<unknown> | undefined {
    return name === "fill" ? this.fill : name === "font" ? this.font : undefined;
  }
}

export class CfFill extends FakeObject<CfTarget> {
  protected readonly scalars = ["color"] as const;
  protected readScalar(_n: string, t: CfTarget): unknown { return t.cf.fill ?? null; }
  get color(): string { return this.get("color"); }
  set color(v: string) { this.queue("cf.fill.color", v, (t) => { t.cf.fill = v.toUpperCase(); }); }
}

export class CfFont extends FakeObject<CfTarget> {
  protected readonly scalars = ["color", "bold"] as const;
  protected readScalar(n: string, t: CfTarget): unknown { return n === "color" ? (t.cf.fontColor ?? null) : (t.cf.bold ?? null); }
  get color(): string { return this.get("color"); }
  set color(v: string) { this.queue("cf.font.color", v, (t) => { t.cf.fontColor = v.toUpperCase(); }); }
  get bold(): boolean { return this.get("bold"); }
  set bold(v: boolean) { this.queue("cf.font.bold", v, (t) => { t.cf.bold = v; }); }
}
