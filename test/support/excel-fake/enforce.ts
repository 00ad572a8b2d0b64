/**
 * Every fake class, with the Office.js class it stands for: each gets its requirement sets enforced
 * (api-sets.ts). Imported once by index.ts, before any fake object is made.
 */
import { enforceApiSets } from "./api-sets";
import { Chart, ChartCollection, ChartFill, ChartSeries, ChartSeriesCollection, ChartTitle } from "./charts";
import {
  CfFill,
  CfFont,
  ConditionalFormat,
  ConditionalFormatCollection,
  ConditionalFormatRule,
  ConditionalRangeFormat,
  CustomConditionalFormat,
} from "./conditional-formats";
import { CustomXmlPart, CustomXmlPartCollection, CustomXmlPartScopedCollection } from "./custom-xml";
import { DataValidation } from "./data-validation";
import {
  FakeRange,
  FakeRangeAreas,
  RangeBorder,
  RangeBorderCollection,
  RangeCollection,
  RangeFill,
  RangeFont,
  RangeFormat,
} from "./range";
import { FakeApplication, FakeWorkbook, Setting, SettingCollection } from "./workbook";
import {
  CustomProperty,
  CustomPropertyCollection,
  FakeWorksheet,
  FreezePanes,
  HeaderFooter,
  PageLayout,
  WorksheetCollection,
} from "./worksheet";

const CLASSES: Array<[{ prototype: object; name: string }, string]> = [
  [FakeApplication, "Application"],
  [FakeWorkbook, "Workbook"],
  [SettingCollection, "SettingCollection"],
  [Setting, "Setting"],
  [WorksheetCollection, "WorksheetCollection"],
  [FakeWorksheet, "Worksheet"],
  [FreezePanes, "WorksheetFreezePanes"],
  [PageLayout, "PageLayout"],
  [HeaderFooter, "HeaderFooter"],
  [CustomPropertyCollection, "WorksheetCustomPropertyCollection"],
  [CustomProperty, "WorksheetCustomProperty"],
  [FakeRange, "Range"],
  [FakeRangeAreas, "RangeAreas"],
  [RangeCollection, "RangeCollection"],
  [RangeFormat, "RangeFormat"],
  [RangeFont, "RangeFont"],
  [RangeFill, "RangeFill"],
  [RangeBorderCollection, "RangeBorderCollection"],
  [RangeBorder, "RangeBorder"],
  [DataValidation, "DataValidation"],
  [ConditionalFormatCollection, "ConditionalFormatCollection"],
  [ConditionalFormat, "ConditionalFormat"],
  [CustomConditionalFormat, "CustomConditionalFormat"],
  [ConditionalFormatRule, "ConditionalFormatRule"],
  [ConditionalRangeFormat, "ConditionalRangeFormat"],
  [CfFill, "ConditionalRangeFill"],
  [CfFont, "ConditionalRangeFont"],
  [ChartCollection, "ChartCollection"],
  [Chart, "Chart"],
  [ChartTitle, "ChartTitle"],
  [ChartSeriesCollection, "ChartSeriesCollection"],
  [ChartSeries, "ChartSeries"],
  [ChartFill, "ChartFill"],
  [CustomXmlPartCollection, "CustomXmlPartCollection"],
  [CustomXmlPartScopedCollection, "CustomXmlPartScopedCollection"],
  [CustomXmlPart, "CustomXmlPart"],
];

let done = false;
export function enforceAll(): void {
  if (done) return;
  done = true;
  for (const [ctor, excelClass] of CLASSES) enforceApiSets(ctor, excelClass);
}
