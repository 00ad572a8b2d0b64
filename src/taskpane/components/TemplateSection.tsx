// "Chèn biểu mẫu": buttons that insert a template (blank return, NTM checklist, or both linked) into the
// open workbook. Only the buttons; the Pane inserts, rescans and says how it went.
import { Body1, Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { SummaryPlan } from "../../core/plan/types";
import type { Settings } from "../../core/settings";
import { blankReturnTemplate, templateWorkbook } from "../../core/templates/blank-return";
import { ntmChecklistTemplate } from "../../core/templates/ntm-checklist";
import { type PaneLanguage, strings } from "../i18n";

export type TemplateKind = "return" | "ntm" | "both";

/** The plan for a template kind, in the settings' language and period. */
export function templatePlan(kind: TemplateKind, settings: Settings): SummaryPlan {
  if (kind === "return") return blankReturnTemplate(settings);
  if (kind === "ntm") return ntmChecklistTemplate(settings);
  return templateWorkbook(settings);
}

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalS },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, flexWrap: "wrap" },
  heading: { margin: 0 },
});

export interface TemplateSectionProps {
  language: PaneLanguage;
  disabled: boolean;
  onInsert: (kind: TemplateKind) => void;
}

export function TemplateSection({ language, disabled, onInsert }: TemplateSectionProps) {
  const styles = useStyles();
  const t = strings(language);
  const kinds: Array<{ kind: TemplateKind; label: string }> = [
    { kind: "return", label: t.templateReturn },
    { kind: "ntm", label: t.templateNtm },
    { kind: "both", label: t.templateBoth },
  ];
  return (
    <section className={styles.root} aria-labelledby="templates-heading">
      <Subtitle2 as="h2" id="templates-heading" className={styles.heading}>
        {t.templates}
      </Subtitle2>
      <Body1>{t.templatesHint}</Body1>
      <div className={styles.buttons} role="group" aria-labelledby="templates-heading">
        {kinds.map(({ kind, label }) => (
          <Button key={kind} size="small" disabled={disabled} onClick={() => onInsert(kind)} data-template={kind}>
            {label}
          </Button>
        ))}
      </div>
    </section>
  );
}
