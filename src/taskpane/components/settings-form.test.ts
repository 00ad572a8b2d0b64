import { DEFAULT_SETTINGS, parseSettings } from "../../core/settings";
import { formFromSettings, settingsFromForm } from "./settings-form";

describe("settings form", () => {
  it("round-trips the settings it shows and keeps the rest", () => {
    const base = parseSettings({
      language: "en",
      expectedAreas: ["Xã A"],
      bands: { met: 100, near: 80, mid: 60 },
      pace: { enabled: true, elapsed: 0.25 },
    });
    const form = formFromSettings(base);
    expect(form).toEqual({
      met: "100",
      near: "80",
      mid: "60",
      priority: base.priority.join("\n"),
      pace: true,
      colours: base.colours,
      period: "",
      issuer: "",
      place: "",
    });
    const result = settingsFromForm(form, base);
    expect(result).toEqual({ ok: true, settings: base });
  });

  it("keeps the issuing body and place of the printed heading, trimmed", () => {
    const form = { ...formFromSettings(DEFAULT_SETTINGS), issuer: " Xã Trạm Tấu ", place: "Trạm Tấu  " };
    const result = settingsFromForm(form, DEFAULT_SETTINGS);
    expect(result.ok && result.settings).toMatchObject({ issuer: "Xã Trạm Tấu", place: "Trạm Tấu" });
    expect(formFromSettings(parseSettings({ issuer: "Phường Sài Gòn" })).issuer).toBe("Phường Sài Gòn");
  });

  it("reads decimal commas, trims cue words and drops blank lines", () => {
    const form = {
      ...formFromSettings(DEFAULT_SETTINGS),
      near: "75,5",
      priority: "  hộ nghèo \n\n thu ngân sách\n",
      pace: true,
    };
    const result = settingsFromForm(form, DEFAULT_SETTINGS);
    if (!result.ok) throw new Error(`refused: ${result.errors.join()}`);
    expect(result.settings.bands).toEqual({ met: 100, near: 75.5, mid: 50 });
    expect(result.settings.priority).toEqual(["hộ nghèo", "thu ngân sách"]);
    expect(result.settings.pace).toEqual({ enabled: true, elapsed: 0.5 });
  });

  it("refuses thresholds that are not numbers or do not decrease", () => {
    const form = formFromSettings(DEFAULT_SETTINGS);
    expect(settingsFromForm({ ...form, near: "bảy mươi" }, DEFAULT_SETTINGS)).toEqual({ ok: false, errors: ["bands"] });
    expect(settingsFromForm({ ...form, near: "100" }, DEFAULT_SETTINGS)).toEqual({ ok: false, errors: ["bands"] });
    expect(settingsFromForm({ ...form, mid: "-5" }, DEFAULT_SETTINGS)).toEqual({ ok: false, errors: ["bands"] });
  });

  it("takes band colours as #RRGGBB (any case) and refuses anything else", () => {
    const form = formFromSettings(DEFAULT_SETTINGS);
    const result = settingsFromForm({ ...form, colours: { ...form.colours, low: "#cc3311" } }, DEFAULT_SETTINGS);
    if (!result.ok) throw new Error(`refused: ${result.errors.join()}`);
    expect(result.settings.colours.low).toBe("#CC3311");
    expect(result.settings.colours.met).toBe(DEFAULT_SETTINGS.colours.met);
    expect(settingsFromForm({ ...form, colours: { ...form.colours, met: "green" } }, DEFAULT_SETTINGS)).toEqual({
      ok: false,
      errors: ["colours"],
    });
  });

  it("keeps the period override trimmed, empty meaning as each return says", () => {
    const form = formFromSettings(DEFAULT_SETTINGS);
    const result = settingsFromForm({ ...form, period: "  6 tháng đầu năm 2022 " }, DEFAULT_SETTINGS);
    expect(result.ok && result.settings.period).toBe("6 tháng đầu năm 2022");
    const cleared = settingsFromForm({ ...form, period: "   " }, parseSettings({ period: "năm 2021" }));
    expect(cleared.ok && cleared.settings.period).toBe("");
  });
});
