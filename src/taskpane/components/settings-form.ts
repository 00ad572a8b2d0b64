// The settings panel's form (cài đặt): what the inputs hold, and how they become Settings. Pure.
import type { Settings } from "../../core/settings";
import { settingsSchema } from "../../core/settings";

export interface SettingsForm {
  met: string; // ngưỡng "Đạt, vượt kế hoạch"
  near: string;
  mid: string;
  /** Priority cue words, one per line (từ khóa chỉ tiêu ưu tiên). */
  priority: string;
  pace: boolean;
}

export function formFromSettings(settings: Settings): SettingsForm {
  return {
    met: String(settings.bands.met),
    near: String(settings.bands.near),
    mid: String(settings.bands.mid),
    priority: settings.priority.join("\n"),
    pace: settings.pace.enabled,
  };
}

/** Accepts "70", "70,5" and "70.5"; anything else is NaN (the schema then refuses it). */
function number(text: string): number {
  const t = text.trim().replace(",", ".");
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

/** Which part of the form is wrong (the pane words it in the user's language). */
export type FormError = "bands" | "priority";
export type FormResult = { ok: true; settings: Settings } | { ok: false; errors: FormError[] };

/** The form applied to `base` (everything the form does not show is kept), validated by the schema. */
export function settingsFromForm(form: SettingsForm, base: Settings): FormResult {
  const bands = { met: number(form.met), near: number(form.near), mid: number(form.mid) };
  const priority = form.priority
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const candidate = { ...base, bands, priority, pace: { ...base.pace, enabled: form.pace } };
  const parsed = settingsSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const errors = new Set<FormError>(parsed.error.issues.map((issue) => (issue.path[0] === "priority" ? "priority" : "bands")));
  return { ok: false, errors: [...errors] };
}
