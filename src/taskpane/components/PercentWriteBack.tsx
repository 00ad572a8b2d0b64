// "Ghi % vào cột % của biểu": the one action that changes the user's own return, so it asks first.
// A button opens a dialog saying exactly what will be written; on confirm `onWrite` runs
// (WorkbookHost.writePercents) and a message bar reports what was written and what was skipped.
import { Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import { columnLetters } from "../../core/address";
import type { ReturnSummary } from "../../core/analyze";
import { problemText } from "../../core/i18n/messages";
import { percentTargets } from "../../core/plan/percent-write-back";
import type { Finding } from "../../core/problems";
import type { PaneLanguage } from "../i18n";
import { writeBackStrings } from "../i18n-write-back";

export interface WriteBackResult {
  written: number;
  /** Stale % the add-in had written, emptied because their indicator has no achievement now. */
  cleared: number;
  skipped: number;
  findings: Finding[];
}

export interface PercentWriteBackProps {
  summary: ReturnSummary;
  language: PaneLanguage;
  /** Writes the % (after the user confirmed): WorkbookHost.writePercents for this return. */
  onWrite: () => Promise<WriteBackResult>;
}

const WriteBackDialog = lazy(() => import("./WriteBackDialog"));

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalS, justifyItems: "start" },
});

type State =
  | { step: "idle" }
  | { step: "writing" }
  | { step: "done"; result: WriteBackResult }
  | { step: "failed"; message: string };

export function PercentWriteBack({ summary, language, onWrite }: PercentWriteBackProps) {
  const styles = useStyles();
  const t = writeBackStrings(language);
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<State>({ step: "idle" });
  const { ret } = summary;
  const column = ret.table.columns.percent;
  const cells = percentTargets(ret).length;
  const reason = column === undefined ? t.noPercentColumn : cells === 0 ? t.nothingToWrite : null;
  const reasonId = `write-back-reason-${ret.sheet.replace(/\W+/g, "-")}`;

  const confirm = async (): Promise<void> => {
    setOpen(false);
    setState({ step: "writing" });
    try {
      setState({ step: "done", result: await onWrite() });
    } catch (error) {
      setState({ step: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className={styles.root}>
      <Button
        disabled={reason !== null || state.step === "writing"}
        aria-describedby={reason ? reasonId : undefined}
        onClick={() => setOpen(true)}
      >
        {state.step === "writing" ? t.writing : t.button}
      </Button>
      {reason ? <Caption1 id={reasonId}>{reason}</Caption1> : null}
      {open ? (
        // The dialog's code (Fluent Dialog and its motion) loads on the first click, not with the pane.
        <Suspense fallback={null}>
          <WriteBackDialog
            language={language}
            explain={t.explain(cells, column === undefined ? "" : columnLetters(column), ret.sheet)}
            onConfirm={() => void confirm()}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      ) : null}
      {state.step === "done" ? <ResultBar result={state.result} language={language} /> : null}
      {state.step === "failed" ? (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>
            {t.failed} {state.message}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}

function ResultBar({ result, language }: { result: WriteBackResult; language: PaneLanguage }) {
  const t = writeBackStrings(language);
  const errors = result.findings.filter((f) => f.severity === "error");
  const intent = errors.length > 0 ? "error" : result.skipped > 0 || result.findings.length > 0 ? "warning" : "success";
  return (
    <MessageBar layout="multiline" intent={intent}>
      <MessageBarBody>
        {errors.length > 0 && result.written === 0 ? `${t.failed} ` : `${t.written(result.written)} `}
        {result.cleared > 0 ? `${t.cleared(result.cleared)} ` : ""}
        {result.skipped > 0 ? `${t.skipped(result.skipped)} ` : ""}
        {result.findings.map((f) => problemText(f, language)).join(" ")}
      </MessageBarBody>
    </MessageBar>
  );
}
