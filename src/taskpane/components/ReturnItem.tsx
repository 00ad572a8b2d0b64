// One return received in the clerk's list (báo cáo đã nhận): area, file, period and indicators, its
// status with the kinds of problem, and its problems on demand. Memoised on what it shows, so editing
// the expected areas or a new pick re-renders only the rows that changed, not a hundred.
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { memo } from "react";
import { kindsOf, problemKindLabel } from "../../core/problem-kinds";
import type { ReturnRow } from "../import/returns-table";
import { type PaneLanguage, strings } from "../i18n";
import { WORKBOOK_FILE } from "./pane-logic";

const useStyles = makeStyles({
  returnItem: {
    display: "grid",
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  returnName: { fontWeight: tokens.fontWeightSemibold },
  file: { display: "block", color: tokens.colorNeutralForeground3, wordBreak: "break-all" },
  kinds: { display: "block", color: tokens.colorNeutralForeground3 },
  status: { fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, wordBreak: "break-word" },
});

export interface ReturnItemProps {
  row: ReturnRow;
  index: number;
  open: boolean;
  language: PaneLanguage;
  /** Opens or closes the problems of the row keyed `key` (file|sheet). */
  onToggle: (key: string) => void;
}

/** The key of a row in the list and in `onToggle`. */
export const rowKey = (row: ReturnRow): string => `${row.file}|${row.sheet}`;

function ReturnItemView({ row, index, open, language, onToggle }: ReturnItemProps) {
  const styles = useStyles();
  const t = strings(language);
  const key = rowKey(row);
  const name = row.area ?? (row.sheet || row.file || t.noReturnInFile);
  const detailsId = `problems-${index}`;
  return (
    <li className={styles.returnItem} data-file={row.file} data-status={row.status}>
      <span className={styles.returnName} data-part="area">
        {row.area ?? (row.sheet || t.noReturnInFile)}
      </span>
      <Caption1 className={styles.file} data-part="file">
        {row.file === WORKBOOK_FILE ? `${t.thisWorkbook} · ${row.sheet}` : row.file}
      </Caption1>
      <Caption1 className={styles.kinds} data-part="facts">
        {row.period ?? t.periodUnknown} · {t.indicatorCount(row.indicators)}
      </Caption1>
      <span data-part="status">
        <span className={row.status === "errors" ? styles.error : styles.status}>{t.status[row.status]}</span>
        {row.problems.length > 0 ? (
          <Caption1 className={styles.kinds} data-testid="problem-kinds">
            {kindsOf(row.problems)
              .map((kind) => problemKindLabel(kind, language))
              .join(" · ")}
          </Caption1>
        ) : null}
      </span>
      {row.problems.length > 0 ? (
        <div>
          <Button
            size="small"
            data-part="problems"
            aria-expanded={open}
            aria-controls={open ? detailsId : undefined}
            aria-label={t.showProblems(name, row.problems.length)}
            onClick={() => onToggle(key)}
          >
            {t.problemsButton(row.problems.length)}
          </Button>
        </div>
      ) : null}
      {open ? (
        <ul
          id={detailsId}
          className={styles.problems}
          data-details-for={row.file}
          aria-label={t.showProblems(name, row.problems.length)}
        >
          {row.problems.map((problem, i) => (
            <li key={i} className={problem.severity === "error" ? styles.error : undefined}>
              {problem.message}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** Rows equal in what they show: the same fields and the very same problems, in order. */
export function sameRow(a: ReturnRow, b: ReturnRow): boolean {
  return (
    a === b ||
    (a.file === b.file &&
      a.sheet === b.sheet &&
      a.area === b.area &&
      a.period === b.period &&
      a.indicators === b.indicators &&
      a.status === b.status &&
      a.problems.length === b.problems.length &&
      a.problems.every((p, i) => p === b.problems[i]))
  );
}

export const ReturnItem = memo(
  ReturnItemView,
  (a, b) =>
    a.index === b.index &&
    a.open === b.open &&
    a.language === b.language &&
    a.onToggle === b.onToggle &&
    sameRow(a.row, b.row),
);
