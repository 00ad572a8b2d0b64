import { DEFAULT_SETTINGS, parseSettings } from "../../src/core/settings";
import {
  SETTINGS_NAMESPACE, loadWorkbookSettings, saveWorkbookSettings, settingsFromXml, settingsJsonFromXml, settingsToXml,
} from "../../src/excel/settings-store";
import { createFakeExcel } from "../support/excel-fake";

const ctx = (fake: ReturnType<typeof createFakeExcel>) => fake.context as unknown as Excel.RequestContext;
const newFake = (apiVersion = "1.13") => createFakeExcel({ sheets: [{ name: "Xã A", values: [["Chỉ tiêu"]] }] }, { apiVersion });

/** Settings far from the defaults in every field, with text that needs XML escaping. */
const custom = parseSettings({
  language: "en",
  bands: { met: 95, near: 60, mid: 40 },
  colours: { met: "#00AA00", low: "#CC0000" },
  decimals: 2,
  priority: ["hộ nghèo", "thu <ngân> sách & phí"],
  directions: { "ty le sinh con thu 3": "down", "giam ho ngheo": "up" },
  expectedAreas: ["Trạm Tấu", "Bản Công", "Xà Hồ"],
  pace: { enabled: true, elapsed: 0.75 },
  period: "9 tháng đầu năm 2025 ]]> \"quoted\"",
  columns: { "Xã A": { plan: 4, actual: 5 } },
});

describe("settings stored in a custom XML part", () => {
  test("save then load round-trips every field, through one part in our namespace", async () => {
    const fake = newFake();
    expect(await saveWorkbookSettings(ctx(fake), custom, fake.api)).toEqual([]);
    const parts = fake.workbook.customXmlParts();
    expect(parts).toHaveLength(1);
    expect(parts[0].namespaceUri).toBe(SETTINGS_NAMESPACE);
    expect(parts[0].xml).not.toContain("<ngân>");
    const loaded = await loadWorkbookSettings(ctx(fake), fake.api);
    expect(loaded.findings).toEqual([]);
    expect(loaded.settings).toEqual(custom);
  });

  test("saving again replaces the part and removes duplicates", async () => {
    const fake = newFake();
    fake.context.workbook.customXmlParts.add(settingsToXml(DEFAULT_SETTINGS));
    fake.context.workbook.customXmlParts.add(settingsToXml(DEFAULT_SETTINGS));
    fake.context.workbook.customXmlParts.add(`<other xmlns="urn:someone-else">keep</other>`);
    await fake.context.sync();
    expect(await saveWorkbookSettings(ctx(fake), custom, fake.api)).toEqual([]);
    const parts = fake.workbook.customXmlParts();
    expect(parts.map((p) => p.namespaceUri).sort()).toEqual([SETTINGS_NAMESPACE, "urn:someone-else"].sort());
    expect((await loadWorkbookSettings(ctx(fake), fake.api)).settings).toEqual(custom);
  });

  test("a workbook without saved settings gives the defaults and no finding", async () => {
    const fake = newFake();
    expect(await loadWorkbookSettings(ctx(fake), fake.api)).toEqual({ settings: DEFAULT_SETTINGS, findings: [] });
  });

  test("invalid stored settings fall back to the defaults with a warning that says why", async () => {
    const fake = newFake();
    const bad = settingsToXml(DEFAULT_SETTINGS).replace('"met":100', '"met":10'); // met below near
    fake.context.workbook.customXmlParts.add(bad);
    await fake.context.sync();
    const loaded = await loadWorkbookSettings(ctx(fake), fake.api);
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.findings).toHaveLength(1);
    expect(loaded.findings[0]).toMatchObject({ code: "excel-api-error", severity: "warning" });
    expect(String(loaded.findings[0].params?.message)).toMatch(/band thresholds must decrease/);

    expect(settingsFromXml(`<settings xmlns="${SETTINGS_NAMESPACE}">{not json</settings>`).findings[0].params?.message).toMatch(/not JSON/);
    expect(settingsFromXml(`<other/>`).findings[0].params?.message).toMatch(/no <settings> element/);
  });

  test("settings saved by an older version (missing fields) are completed with defaults", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><settings xmlns="${SETTINGS_NAMESPACE}" version="1"><![CDATA[{"language":"en","bands":{"near":80}}]]></settings>`;
    expect(settingsJsonFromXml(xml)).toBe('{"language":"en","bands":{"near":80}}');
    const { settings, findings } = settingsFromXml(xml);
    expect(findings).toEqual([]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, language: "en", bands: { met: 100, near: 80, mid: 50 } });
  });

  test("invalid settings are not saved", async () => {
    const fake = newFake();
    const findings = await saveWorkbookSettings(ctx(fake), { ...custom, decimals: 9 }, fake.api);
    expect(findings[0]).toMatchObject({ code: "excel-api-error", severity: "error" });
    expect(fake.workbook.customXmlParts()).toEqual([]);
    expect(fake.stats.syncs).toBe(0);
  });

  test("on ExcelApi 1.4 nothing is stored: defaults and a warning, no exception", async () => {
    const fake = newFake("1.4");
    const loaded = await loadWorkbookSettings(ctx(fake), fake.api);
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.findings[0]).toMatchObject({ code: "excel-api-error", severity: "warning" });
    const saved = await saveWorkbookSettings(ctx(fake), custom, fake.api);
    expect(saved[0].params?.message).toMatch(/1\.5/);
  });
});
