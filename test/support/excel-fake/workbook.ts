/** Excel.Workbook (worksheets, settings) and Excel.Application on the fake. */
import { officeError } from "./errors";
import { calculate } from "./formulas";
import { type FakeContext, FakeObject, WorkbookCollection } from "./proxy";
import { CustomXmlPartCollection } from "./custom-xml";
import { WorksheetCollection } from "./worksheet";

export class FakeApplication {
  constructor(private readonly ctx: FakeContext) {}
  /** ExcelApi 1.6. Recorded in the log and in stats.calculationSuspendedSyncs when the sync runs. */
  suspendApiCalculationUntilNextSync(): void {
    const syncNumber = this.ctx.stats.syncs + 1;
    this.ctx.enqueue({ o: "suspendApiCalculationUntilNextSync" }, () => {
      this.ctx.state.log.push("suspendApiCalculationUntilNextSync");
      this.ctx.stats.calculationSuspendedSyncs.push(syncNumber);
    });
  }
  /** Recalculates every formula of the workbook, whatever the calculation mode. */
  calculate(calculationType: string): void {
    if (!["Recalculate", "Full", "FullRebuild"].includes(calculationType)) throw officeError("InvalidArgument", calculationType);
    this.ctx.enqueue({ o: "application.calculate", a: calculationType }, () => calculate(this.ctx.state, this.ctx.state.sheets));
  }
}

export class FakeWorkbook {
  readonly worksheets: WorksheetCollection;
  readonly application: FakeApplication;
  private _settings?: SettingCollection;
  private _customXmlParts?: CustomXmlPartCollection;
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new WorksheetCollection(ctx);
    this.application = new FakeApplication(ctx);
  }
  /** ExcelApi 1.4: settings saved with the workbook, for this add-in. */
  get settings(): SettingCollection {
    return (this._settings ??= new SettingCollection(this.ctx));
  }
  /** ExcelApi 1.5: XML parts stored in the workbook file, independent of any add-in. */
  get customXmlParts(): CustomXmlPartCollection {
    return (this._customXmlParts ??= new CustomXmlPartCollection(this.ctx));
  }
}

export class SettingCollection extends WorkbookCollection<Setting> {
  protected members(): Setting[] {
    return [...this.ctx.state.settings.keys()].map((k) => {
      const s = new Setting(this.ctx);
      s.setTarget(k);
      return s;
    });
  }
  /** Adds or replaces; the value must be JSON-serialisable. */
  add(key: string, value: unknown): Setting {
    const s = new Setting(this.ctx);
    s.bindTo({ o: "settings.add", a: [key, value] }, () => {
      if (key.length === 0) throw officeError("InvalidArgument", "key");
      this.ctx.state.settings.set(key, JSON.parse(JSON.stringify(value)));
      return key;
    });
    return s;
  }
  getItem(key: string): Setting {
    const s = new Setting(this.ctx);
    s.bindTo({ o: "settings.getItem", a: key }, () => {
      if (!this.ctx.state.settings.has(key)) throw officeError("ItemNotFound", key);
      return key;
    });
    return s;
  }
  getItemOrNullObject(key: string): Setting {
    const s = new Setting(this.ctx);
    s.bindTo({ o: "settings.getItemOrNullObject", a: key }, () => (this.ctx.state.settings.has(key) ? key : null));
    return s;
  }
}

export class Setting extends FakeObject<string> {
  protected readonly scalars = ["key", "value"] as const;
  bindTo(wire: Record<string, unknown>, resolve: () => string | null): void {
    this.bind(wire, resolve);
  }
  protected readScalar(n: string, key: string): unknown {
    return n === "key" ? key : this.ctx.state.settings.get(key);
  }
  get key(): string { return this.get("key"); }
  get value(): unknown { return this.get("value"); }
  set value(v: unknown) { this.queue("setting.value", v, (key) => { this.ctx.state.settings.set(key, v); }); }
  delete(): void { this.queue("setting.delete", null, (key) => { this.ctx.state.settings.delete(key); }); }
}
