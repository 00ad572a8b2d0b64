// Problems (Problem.message, already in the user's language) as a list, errors marked as such.
import { Body1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { Problem } from "../../core/problems";
import { type PaneLanguage, strings } from "../i18n";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export function ProblemList({ problems, language }: { problems: Problem[]; language: PaneLanguage }) {
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
              {problem.message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
