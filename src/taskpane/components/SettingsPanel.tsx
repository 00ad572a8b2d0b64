// The settings panel (cài đặt): band thresholds, priority cue words, pace on/off. "Lưu" validates,
// then hands the new settings to the Pane, which rescores at once and saves them in the workbook.
import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  Subtitle2,
  Switch,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { bandLabel } from "../../core/i18n/labels";
import { BAND_IDS } from "../../core/model";
import type { Settings } from "../../core/settings";
import { type PaneLanguage, strings } from "../i18n";
import { type FormError, formFromSettings, settingsFromForm } from "./settings-form";
import { cardStyle } from "./card-style";

const useStyles = makeStyles({
  root: cardStyle,
  bands: { display: "grid", rowGap: tokens.spacingVerticalS },
  number: { maxWidth: "8rem" },
  colours: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(11rem, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  colour: {
    width: "3rem",
    height: "2rem",
    padding: 0,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    cursor: "pointer",
  },
  colourRow: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
});

export interface SettingsPanelProps {
  settings: Settings;
  language: PaneLanguage;
  saving: boolean;
  onSave: (settings: Settings) => void;
}

export function SettingsPanel({ settings, language, saving, onSave }: SettingsPanelProps) {
  const styles = useStyles();
  const t = strings(language);
  const [form, setForm] = useState(() => formFromSettings(settings));
  const [errors, setErrors] = useState<FormError[]>([]);
  useEffect(() => setForm(formFromSettings(settings)), [settings]);

  const save = (): void => {
    const result = settingsFromForm(form, settings);
    setErrors(result.ok ? [] : result.errors);
    if (result.ok) onSave(result.settings);
  };
  const bandError = errors.includes("bands") ? t.bandsInvalid : undefined;
  // The message once, under the last threshold; all three marked invalid.
  const bandField = (key: "met" | "near" | "mid", label: string) => (
    <Field
      label={label}
      validationMessage={key === "mid" ? bandError : undefined}
      validationState={bandError ? "error" : "none"}
    >
      <Input
        className={styles.number}
        type="number"
        inputMode="decimal"
        min={0}
        value={form[key]}
        onChange={(_, data) => setForm({ ...form, [key]: data.value })}
      />
    </Field>
  );
  return (
    <section className={styles.root} aria-labelledby="settings-heading">
      <Subtitle2 as="h2" id="settings-heading" className={styles.heading}>
        {t.settings}
      </Subtitle2>
      <Body1>{t.settingsHint}</Body1>
      <div className={styles.bands}>
        {/* each threshold by the name its band has everywhere else (sheets, bars, sentences) */}
        {bandField("met", t.bandThreshold(bandLabel("met", language, settings.bands)))}
        {bandField("near", t.bandThreshold(bandLabel("near", language, settings.bands)))}
        {bandField("mid", t.bandThreshold(bandLabel("mid", language, settings.bands)))}
      </div>
      <Field label={t.priorityWords} hint={t.priorityHint}>
        <Textarea
          resize="vertical"
          rows={5}
          value={form.priority}
          onChange={(_, data) => setForm({ ...form, priority: data.value })}
        />
      </Field>
      <fieldset className={styles.colours}>
        <legend>{t.bandColours}</legend>
        {BAND_IDS.map((band) => {
          const name = bandLabel(band, language, settings.bands);
          return (
            <label key={band} className={styles.colourRow}>
              <input
                type="color"
                className={styles.colour}
                aria-label={t.colourFor(name)}
                value={form.colours[band].toLowerCase()}
                onChange={(event) => setForm({ ...form, colours: { ...form.colours, [band]: event.target.value } })}
              />
              <span>{name}</span>
            </label>
          );
        })}
        {errors.includes("colours") ? <Body1 role="alert">{t.coloursInvalid}</Body1> : null}
      </fieldset>
      <Field label={t.periodOverride} hint={t.periodHint}>
        <Input value={form.period} onChange={(_, data) => setForm({ ...form, period: data.value })} />
      </Field>
      <Field label={t.issuer} hint={t.issuerHint}>
        <Input value={form.issuer} onChange={(_, data) => setForm({ ...form, issuer: data.value })} />
      </Field>
      <Field label={t.place} hint={t.placeHint}>
        <Input value={form.place} onChange={(_, data) => setForm({ ...form, place: data.value })} />
      </Field>
      <Switch label={t.pace} checked={form.pace} onChange={(_, data) => setForm({ ...form, pace: data.checked })} />
      <div>
        <Button appearance="primary" disabled={saving} onClick={save}>
          {t.save}
        </Button>
      </div>
    </section>
  );
}
