// Problems (Problem.message, already in the user's language) as a list, errors marked as such. A problem
// with a cell in the open workbook gets a "Đến ô" button when `onGoTo` is given.
import { Body1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { Problem } from "../../core/problems";
import { type PaneLanguage, strings } from "../i18n";
import { type GoToCell, GoToCellButton } from "./GoToCellButton";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface ProblemListProps {
  problems: Problem[];
  language: PaneLanguage;
  /** Selects a cell of the open workbook; absent, or for problems without a cell, no button. */
  onGoTo?: GoToCell;
  /** Which problems are in the open workbook (others, e.g. imported files, have no cell to go to). */
  inWorkbook?: (problem: Problem) => boolean;
}

export function ProblemList({ problems, language, onGoTo, inWorkbook = () => true }: ProblemListProps) {
  const styles = useStyles();
  const t = strings(language);
  return (
    <>
      <Subtitle2 as="h3">{t.problems}</Subtitle2>
      {problems.length === 0 ? (
        <Body1>{t.noProblems}</Body1>
      ) : (
        <ul className={styles.list} aria-label={t.problems}>
          {problems.map((problem, index) => (
            <li key={`${problem.sheet}!${problem.cell}:${problem.code}:${index}`} className={problem.severity === "error" ? styles.error : undefined} data-severity={problem.severity}>
              <span data-part="message">{problem.message}</span>
              {onGoTo && problem.cell !== "" && problem.sheet !== "" && inWorkbook(problem) ? (
                <>
                  {" "}
                  <GoToCellButton sheet={problem.sheet} cell={problem.cell} what={problem.message} language={language} onGoTo={onGoTo} />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
