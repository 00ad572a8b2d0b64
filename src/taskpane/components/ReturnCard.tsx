// One return sheet as the pane shows it: area and period, band counts, lagging indicators
// (priority first, as ReturnSummary.lagging orders them) and the problems found on that sheet.
import { Badge, Body1, Button, Caption1, makeStyles, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import type { ReturnSummary } from "../../core/analyze";
import type { Grid } from "../../core/grid";
import { directionLabel } from "../../core/i18n/labels";
import { laggingFigures } from "../../core/narrative-figures";
import type { Problem } from "../../core/problems";
import type { Settings } from "../../core/settings";
import { type PaneLanguage, strings } from "../i18n";
import { BandBar } from "./BandBar";
import { ColumnsReadLine } from "./ColumnsReadLine";
import { type GoToCell, GoToCellButton } from "./GoToCellButton";
import { NarrativeBox } from "./NarrativeBox";
import { type PercentActions, PercentWriteBack } from "./PercentWriteBack";
import { ProblemList } from "./ProblemList";
import { cardStyle } from "./card-style";

// Loaded when first opened: its selects are not needed to show the results.
const CorrectionsPanel = lazy(() => import("./CorrectionsPanel").then((m) => ({ default: m.CorrectionsPanel })));

const useStyles = makeStyles({
  card: cardStyle,
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  direction: { color: tokens.colorNeutralForeground3 },
  heading: { margin: 0 },
});

export interface ReturnCardProps {
  summary: ReturnSummary;
  problems: Problem[];
  language: PaneLanguage;
  /** The settings the return was scored with (band names follow their thresholds). */
  settings?: Settings;
  /** Selects a cell in the open workbook ("Đến ô"); absent for returns from other files. */
  onGoTo?: GoToCell;
  /** The sheet's grid (to offer its columns for correction). */
  grid?: Grid;
  /** Applies corrected settings (columns, directions); absent: no corrections offered. */
  onSettingsChange?: (next: Settings) => void;
  /** Writes the % into the return's own % column (after the user confirms); absent: not offered. */
  onWritePercents?: PercentActions;
}

export function ReturnCard({
  summary,
  problems,
  language,
  settings,
  onGoTo,
  grid,
  onSettingsChange,
  onWritePercents,
}: ReturnCardProps) {
  const styles = useStyles();
  const [correcting, setCorrecting] = useState(false);
  const t = strings(language);
  const { ret, lagging } = summary;
  const area = ret.area ?? ret.sheet;
  const headingId = `return-${ret.sheet.replace(/\W+/g, "-")}`;
  return (
    <section className={styles.card} aria-labelledby={headingId} data-sheet={ret.sheet}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {t.returnHeading(area)}
      </Subtitle2>
      <Caption1>
        {t.period}: {ret.period ?? t.periodUnknown} · {t.sheet}: {ret.sheet}
      </Caption1>
      <ColumnsReadLine read={summary.columnsRead} language={language} />
      <BandBar counts={ret.counts} language={language} label={t.bandCounts} settings={settings} />
      <NarrativeBox text={summary.narrative} language={language} />
      <Subtitle2 as="h3">{t.lagging}</Subtitle2>
      {lagging.length === 0 ? (
        <Body1>{t.noLagging}</Body1>
      ) : (
        <ul className={styles.list} aria-label={t.lagging}>
          {lagging.map((indicator) => {
            const { head, figures } = laggingFigures(indicator, language, settings?.decimals);
            return (
              <li key={indicator.cell} data-cell={indicator.cell}>
                <span data-part="indicator">
                  {indicator.name}
                  {head ? `: ${head}` : ""}
                </span>{" "}
                <Caption1 data-part="figures">({figures})</Caption1>{" "}
                {/* "higher is better" is the rule: said only where it is the other way round */}
                {indicator.direction === "down" ? (
                  <>
                    <Caption1 className={styles.direction} data-part="direction">
                      ({directionLabel(indicator.direction, language)})
                    </Caption1>{" "}
                  </>
                ) : null}
                {indicator.flags.includes("priority") ? (
                  <Badge appearance="outline" color="danger" size="small">
                    {t.priority}
                  </Badge>
                ) : null}
                {onGoTo ? (
                  <>
                    {" "}
                    <GoToCellButton
                      sheet={ret.sheet}
                      cell={indicator.cell}
                      what={indicator.name}
                      language={language}
                      onGoTo={onGoTo}
                    />
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <ProblemList problems={problems} language={language} onGoTo={onGoTo} />
      {onWritePercents ? <PercentWriteBack summary={summary} language={language} actions={onWritePercents} /> : null}
      {settings && onSettingsChange ? (
        <div>
          <Button size="small" aria-expanded={correcting} onClick={() => setCorrecting(!correcting)}>
            {t.corrections}
          </Button>
        </div>
      ) : null}
      {correcting && settings && onSettingsChange ? (
        <Suspense fallback={<Spinner size="tiny" />}>
          <CorrectionsPanel ret={ret} grid={grid} settings={settings} language={language} onChange={onSettingsChange} />
        </Suspense>
      ) : null}
    </section>
  );
}
