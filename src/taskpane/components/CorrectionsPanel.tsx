// What the reader found on one return, and the user's corrections: the column of each role (plan,
// result, baseline…) and each indicator's direction. A change goes straight to `onChange`; the Pane
// saves it in the workbook and rescores at once.
import { Body1, Caption1, Field, Input, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Grid } from "../../core/grid";
import { directionLabel, roleLabel } from "../../core/i18n/labels";
import type { Direction, ScoredReturn } from "../../core/model";
import type { Settings } from "../../core/settings";
import { foldForMatch } from "../../core/text/normalize";
import { type PaneLanguage, strings } from "../i18n";
import {
  type ColumnChoice,
  EDITABLE_ROLES,
  columnChoices,
  columnOverride,
  directionChoice,
  withColumnOverride,
  withDirectionOverride,
} from "./corrections";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  roles: {
    display: "grid",
    // never wider than the card: at a task pane's 320 px one column
    gridTemplateColumns: "repeat(auto-fill, minmax(min(14rem, 100%), 1fr))",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  select: { minWidth: 0, maxWidth: "100%" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalS },
  item: { display: "grid", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  sub: { paddingLeft: tokens.spacingHorizontalL },
  heading: { margin: 0 },
});

export interface CorrectionsPanelProps {
  ret: ScoredReturn;
  /** The sheet's grid, to offer every column by its header; without it only the found columns. */
  grid: Grid | undefined;
  settings: Settings;
  language: PaneLanguage;
  onChange: (next: Settings) => void;
}

export function CorrectionsPanel({ ret, grid, settings, language, onChange }: CorrectionsPanelProps) {
  const styles = useStyles();
  const t = strings(language);
  const [query, setQuery] = useState("");
  const folded = foldForMatch(query.trim());
  // Listed: the indicators not scored the usual way (lower is better, or set by the user), and
  // those matching the search; the rest go "higher is better" by default and are found by name.
  const unusual = (i: ScoredReturn["indicators"][number]) =>
    i.direction === "down" || directionChoice(settings, i.name) !== "auto";
  const shown = ret.indicators.filter((i) => unusual(i) || (folded !== "" && foldForMatch(i.name).includes(folded)));
  const others = ret.indicators.filter((i) => !unusual(i)).length;
  const choices: ColumnChoice[] = grid ? columnChoices(grid, ret.table) : [];
  const describe = (column: number | undefined): string | null => {
    if (column === undefined) return null;
    const choice = choices.find((c) => c.column === column);
    return t.columnChoice(choice?.letter ?? String(column), choice?.header ?? "");
  };
  const headingId = `corrections-${ret.sheet.replace(/\W+/g, "-")}`;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {t.columnsHeading}
      </Subtitle2>
      <Body1>{t.columnsHint}</Body1>
      <div className={styles.roles}>
        {EDITABLE_ROLES.map((role) => {
          const override = columnOverride(settings, ret.sheet, role);
          const found = ret.table.columns[role];
          return (
            <Field key={role} label={roleLabel(role, language)}>
              <Select
                className={styles.select}
                data-role={role}
                value={override === undefined ? "auto" : String(override)}
                onChange={(_, data) =>
                  onChange(
                    withColumnOverride(settings, ret.sheet, role, data.value === "auto" ? null : Number(data.value)),
                  )
                }
              >
                <option value="auto">
                  {override === undefined ? t.columnAuto(describe(found)) : t.columnAutoAgain}
                </option>
                {choices.map((choice) => (
                  <option key={choice.column} value={String(choice.column)}>
                    {t.columnChoice(choice.letter, choice.header)}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
      </div>
      <Subtitle2 as="h3" className={styles.heading}>
        {t.directionsHeading}
      </Subtitle2>
      <Caption1>{t.directionsHint}</Caption1>
      <Field label={t.directionSearch} hint={t.directionOthers(others)}>
        <Input type="search" value={query} onChange={(_, data) => setQuery(data.value)} />
      </Field>
      <ul className={styles.list} aria-label={t.directionsHeading}>
        {shown.map((indicator) => {
          const chosen = directionChoice(settings, indicator.name);
          // What "automatic" gives: the indicator's own direction unless a setting decided it.
          const automatic =
            chosen === "auto"
              ? t.directionAuto(
                  directionLabel(indicator.direction, language),
                  t.directionSource[indicator.directionSource],
                )
              : t.directionAuto("…", t.directionSource.catalogue);
          return (
            <li
              key={indicator.cell}
              data-cell={indicator.cell}
              className={indicator.parent === null ? styles.item : `${styles.item} ${styles.sub}`}
            >
              <span aria-hidden="true">{indicator.name}</span>
              <Select
                className={styles.select}
                size="small"
                aria-label={t.directionFor(indicator.name)}
                value={chosen}
                onChange={(_, data) =>
                  onChange(withDirectionOverride(settings, indicator.name, data.value as Direction | "auto"))
                }
              >
                <option value="auto">{automatic}</option>
                <option value="up">{t.directionUp}</option>
                <option value="down">{t.directionDown}</option>
              </Select>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
