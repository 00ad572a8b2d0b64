// The settings panel's form (cài đặt): what the inputs hold, and how they become Settings. Pure.
import { BAND_IDS, type BandId } from "../../core/model";
import type { Settings } from "../../core/settings";
import { settingsSchema } from "../../core/settings";

export interface SettingsForm {
  met: string; // ngưỡng "Đạt, vượt kế hoạch"
  near: string;
  mid: string;
  /** Priority cue words, one per line (từ khóa chỉ tiêu ưu tiên). */
  priority: string;
  pace: boolean;
  /** Band fills as "#RRGGBB" (màu các mức). */
  colours: Record<BandId, string>;
  /** Period written on the summary; empty: as each return says (kỳ báo cáo). */
  period: string;
  /** Issuing body in the printed heading (cơ quan ban hành); empty: the return's area. */
  issuer: string;
  /** Place of the date line (địa danh); empty: from the issuer. */
  place: string;
}

export function formFromSettings(settings: Settings): SettingsForm {
  return {
    met: String(settings.bands.met),
    near: String(settings.bands.near),
    mid: String(settings.bands.mid),
    priority: settings.priority.join("\n"),
    pace: settings.pace.enabled,
    colours: { ...settings.colours },
    period: settings.period,
    issuer: settings.issuer,
    place: settings.place,
  };
}

/** Accepts "70", "70,5" and "70.5"; anything else is NaN (the schema then refuses it). */
function number(text: string): number {
  const t = text.trim().replace(",", ".");
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

/** Which part of the form is wrong (the pane words it in the user's language). */
export type FormError = "bands" | "priority" | "colours";
export type FormResult = { ok: true; settings: Settings } | { ok: false; errors: FormError[] };

/** The form applied to `base` (everything the form does not show is kept), validated by the schema. */
export function settingsFromForm(form: SettingsForm, base: Settings): FormResult {
  const bands = { met: number(form.met), near: number(form.near), mid: number(form.mid) };
  const priority = form.priority
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const colours = Object.fromEntries(BAND_IDS.map((band) => [band, form.colours[band].trim().toUpperCase()]));
  const period = form.period.trim();
  const candidate = {
    ...base,
    bands,
    priority,
    pace: { ...base.pace, enabled: form.pace },
    colours,
    period,
    issuer: form.issuer.trim(),
    place: form.place.trim(),
  };
  const parsed = settingsSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const errorOf = (field: unknown): FormError => (field === "priority" || field === "colours" ? field : "bands");
  const errors = new Set<FormError>(parsed.error.issues.map((issue) => errorOf(issue.path[0])));
  return { ok: false, errors: [...errors] };
}
