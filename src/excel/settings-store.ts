/**
 * Settings that travel with the workbook (cài đặt lưu trong tệp): the whole `Settings` (bands, colours,
 * priority cue words, directions, column overrides, expected areas, period, language, pace) as JSON in
 * one custom XML part, namespace `urn:commune-targets:settings` (ExcelApi 1.5).
 *
 * Why a custom XML part and not Workbook.settings / Office.context.document.settings: both are saved in
 * the file too, but "the saved settings values are associated with the Id of the add-in that created
 * them" (learn.microsoft.com, "Persist add-in state and settings"), so a clerk who opens the commune's
 * file with another build of the add-in (sideloaded, store, a new manifest id) would not see them, and
 * no other tool can find them. A custom XML part is a plain part of the .xlsx package (customXml/itemN.xml),
 * the same for every add-in and readable from the file itself (e.g. by the command line later).
 *
 * Loading validates with `settingsSchema.safeParse`; invalid or unreadable stored settings fall back to
 * the defaults with a warning finding, so the pane always has settings to work with.
 */
import type { Finding } from "../core/problems";
import { DEFAULT_SETTINGS, type Settings, settingsSchema } from "../core/settings";
import { apiErrorFinding, describeApiError, unsupportedFinding } from "./api-error";
import { jsonPartXml, jsonTextFromPartXml, queuePartReplace } from "./json-xml-part";
import { type RequirementChecker, hasExcelApi } from "./requirements";

export const SETTINGS_NAMESPACE = "urn:commune-targets:settings";
/** Bumped when the JSON shape changes incompatibly; older versions are still parsed with defaults. */
export const SETTINGS_FORMAT_VERSION = 1;

/** The XML stored in the part: `<settings xmlns="urn:…" version="1">{json, XML-escaped}</settings>`. */
export function settingsToXml(settings: Settings): string {
  return jsonPartXml("settings", SETTINGS_NAMESPACE, SETTINGS_FORMAT_VERSION, settings);
}

/** The stored JSON text, or null when the XML is not our settings element (declaration and CDATA allowed). */
export function settingsJsonFromXml(xml: string): string | null {
  return jsonTextFromPartXml("settings", xml);
}

/** Parses stored XML into settings; invalid content gives the defaults and a warning. */
export function settingsFromXml(xml: string): { settings: Settings; findings: Finding[] } {
  const invalid = (why: string): { settings: Settings; findings: Finding[] } => ({
    settings: DEFAULT_SETTINGS,
    findings: [
      {
        sheet: "",
        cell: "",
        severity: "warning",
        code: "excel-api-error",
        params: {
          message: `The settings saved in this workbook could not be used (${why}); the default settings are used instead. Saving the settings again replaces them.`,
        },
      },
    ],
  });
  const json = settingsJsonFromXml(xml);
  if (json === null) return invalid("no <settings> element");
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return invalid(`not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = settingsSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "settings"}: ${i.message}`);
    return invalid(issues.join("; "));
  }
  return { settings: parsed.data, findings: [] };
}

/**
 * Reads the settings saved in the workbook: the defaults when none are saved (no finding), or when
 * custom XML parts are not supported (ExcelApi 1.5; a warning). Two syncs when a part exists, one otherwise.
 */
export async function loadWorkbookSettings(
  context: Excel.RequestContext,
  api: RequirementChecker,
): Promise<{ settings: Settings; findings: Finding[] }> {
  if (!hasExcelApi(api, "1.5"))
    return { settings: DEFAULT_SETTINGS, findings: [unsupportedFinding("Settings saved in the workbook", "1.5")] };
  try {
    const parts = context.workbook.customXmlParts.getByNamespace(SETTINGS_NAMESPACE);
    parts.load("items/id");
    await context.sync();
    // Several parts (e.g. sheets copied between workbooks): the first one is read; saving keeps only one.
    const ids = parts.items.map((part) => part.id);
    if (ids.length === 0) return { settings: DEFAULT_SETTINGS, findings: [] };
    const xml = context.workbook.customXmlParts.getItem(ids[0]).getXml();
    await context.sync();
    // ClientResult: its value is filled by the sync above (no load() exists for it).
    const text: string = xml.value; // eslint-disable-line office-addins/load-object-before-read
    return settingsFromXml(text);
  } catch (error) {
    return { settings: DEFAULT_SETTINGS, findings: [apiErrorFinding(error, "", "warning")] };
  }
}

/**
 * Saves the settings into the workbook (replacing what was saved, removing duplicates). Settings that
 * fail the schema are not saved (an error finding). Two syncs. Excel writes the part to the file on the
 * next save of the workbook (AutoSave in Excel on the web).
 */
export async function saveWorkbookSettings(
  context: Excel.RequestContext,
  settings: Settings,
  api: RequirementChecker,
): Promise<Finding[]> {
  const parsed = settingsSchema.safeParse(settings);
  if (!parsed.success)
    return [
      {
        sheet: "",
        cell: "",
        severity: "error",
        code: "excel-api-error",
        params: {
          message: `Settings not saved: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
        },
      },
    ];
  if (!hasExcelApi(api, "1.5")) return [unsupportedFinding("Saving settings in the workbook", "1.5")];
  const xml = settingsToXml(parsed.data);
  try {
    const parts = context.workbook.customXmlParts.getByNamespace(SETTINGS_NAMESPACE);
    parts.load("items/id");
    await context.sync();
    queuePartReplace(
      context,
      parts.items.map((part) => part.id),
      xml,
    );
    await context.sync();
    return [];
  } catch (error) {
    return [{ ...apiErrorFinding(error), params: { message: `Settings not saved: ${describeApiError(error)}` } }];
  }
}
