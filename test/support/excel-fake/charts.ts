/**
 * Excel.ChartCollection / Chart (ExcelApi 1.1; series fill 1.1 via ChartFill.setSolidColor).
 * charts.add(type, sourceData, seriesBy): with "Auto", Excel plots series by columns unless the data
 * has more columns than rows; the first row and column are taken as names and categories.
 */
import { officeError } from "./errors";
import { FakeCollection, type FakeContext, FakeObject } from "./proxy";
import type { FakeRange } from "./range";
import { type ChartState, type SheetState, parseRange } from "./state";

interface ChartTarget {
  sheet: SheetState;
  chart: ChartState;
}

const CHART_TYPES = ["BarStacked", "ColumnStacked", "ColumnClustered", "BarClustered", "Line", "Pie", "BarStacked100", "ColumnStacked100"];

export function seriesCount(chart: ChartState): number {
  const rows = chart.source.bottom - chart.source.top + 1;
  const cols = chart.source.right - chart.source.left + 1;
  const byRows = chart.seriesBy === "Rows" || (chart.seriesBy === "Auto" && cols > rows);
  return Math.max(1, byRows ? rows - 1 : cols - 1);
}

export class ChartCollection extends FakeCollection<Chart, SheetState> {
  protected members(sheet: SheetState): Chart[] {
    return sheet.charts.map((chart) => {
      const c = new Chart(this.ctx);
      c.setTarget({ sheet, chart });
      return c;
    });
  }
  add(type: string, sourceData: FakeRange, seriesBy = "Auto"): Chart {
    const chart = new Chart(this.ctx);
    chart.bindAdd({ o: "charts.add", a: [type, sourceData.path, seriesBy] }, () => {
      if (!CHART_TYPES.includes(type)) throw officeError("InvalidArgument", `chart type ${type}`);
      if (!["Auto", "Rows", "Columns"].includes(seriesBy)) throw officeError("InvalidArgument", `seriesBy ${seriesBy}`);
      const sheet = this.target();
      const src = sourceData.target();
      if (src.sheet !== sheet) throw officeError("InvalidArgument", "chart data on another sheet is not modelled");
      const state: ChartState = { id: this.ctx.state.nextId++, type, source: { ...src.rect }, seriesBy, seriesColors: {} };
      sheet.charts.push(state);
      return { sheet, chart: state };
    });
    return chart;
  }
}

export class Chart extends FakeObject<ChartTarget> {
  protected readonly scalars = ["name", "chartType", "id"] as const;
  readonly title = new ChartTitle(this.ctx, () => this.target());
  readonly series = new ChartSeriesCollection(this.ctx, () => this.target());

  bindAdd(wire: Record<string, unknown>, resolve: () => ChartTarget): void {
    this.bind(wire, resolve);
  }
  protected readScalar(n: string, t: ChartTarget): unknown {
    return n === "chartType" ? t.chart.type : n === "id" ? String(t.chart.id) : `Chart ${t.chart.id}`;
  }
  protected override child(name: string): FakeObject<unknown> | undefined {
    return name === "title" ? this.title : name === "series" ? this.series : undefined;
  }
  get chartType(): string { return this.get("chartType"); }
  get name(): string { return this.get("name"); }
  delete(): void {
    this.queue("chart.delete", null, (t) => {
      t.sheet.charts.splice(t.sheet.charts.indexOf(t.chart), 1);
      this.setTarget(null);
    });
  }
  setPosition(startCell: string | FakeRange, endCell?: string | FakeRange): void {
    const addr = (x: string | FakeRange | undefined): string | undefined =>
      typeof x === "string" || x === undefined ? x : undefined;
    if (typeof startCell !== "string" || (endCell !== undefined && typeof endCell !== "string"))
      throw officeError("InvalidArgument", "the fake takes addresses in setPosition");
    this.queue("setPosition", [startCell, endCell], (t) => {
      parseRange(startCell);
      if (endCell) parseRange(endCell);
      t.chart.position = { start: startCell, end: addr(endCell) };
    });
  }
}

export class ChartTitle extends FakeObject<ChartTarget> {
  protected readonly scalars = ["text"] as const;
  protected readScalar(_n: string, t: ChartTarget): unknown { return t.chart.title ?? ""; }
  get text(): string { return this.get("text"); }
  set text(v: string) { this.queue("title.text", v, (t) => { t.chart.title = v; }); }
}

export class ChartSeriesCollection extends FakeCollection<ChartSeries, ChartTarget> {
  protected members(t: ChartTarget): ChartSeries[] {
    return Array.from({ length: seriesCount(t.chart) }, (_, i) => this.getItemAtNow(t, i));
  }
  private getItemAtNow(t: ChartTarget, i: number): ChartSeries {
    const s = new ChartSeries(this.ctx, i, () => t);
    return s;
  }
  getItemAt(index: number): ChartSeries {
    return new ChartSeries(this.ctx, index, () => {
      const t = this.target();
      if (index < 0 || index >= seriesCount(t.chart)) throw officeError("ItemNotFound", `series ${index}`);
      return t;
    });
  }
}

export class ChartSeries extends FakeObject<ChartTarget> {
  protected readonly scalars = ["name"] as const;
  readonly format: { fill: ChartFill };
  constructor(ctx: FakeContext, readonly index: number, derive: () => ChartTarget) {
    super(ctx, derive);
    this.format = { fill: new ChartFill(ctx, index, derive) };
  }
  protected readScalar(): unknown { return `Series${this.index + 1}`; }
}

export class ChartFill extends FakeObject<ChartTarget> {
  protected readonly scalars = [] as const;
  constructor(ctx: FakeContext, readonly index: number, derive: () => ChartTarget) {
    super(ctx, derive);
  }
  protected readScalar(): unknown { return undefined; }
  setSolidColor(color: string): void {
    this.queue("series.fill.setSolidColor", [this.index, color], (t) => { t.chart.seriesColors[this.index] = color.toUpperCase(); });
  }
}
