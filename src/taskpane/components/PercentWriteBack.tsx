// "Ghi % vào cột % của biểu": the one action that changes the user's own return, so it asks first.
// The button reads the % column (actions.preview) and opens a dialog saying exactly what will be
// written: how many cells are filled, how many hold a typed value and how many of those disagree,
// with an offer to replace the disagreeing ones too. On confirm `actions.write` runs and a message bar
// reports what was written, with "Hoàn tác" (actions.undo) to put back what was written over.
// The dialog stays mounted once loaded and closes through its open state, so Fluent restores the rest
// of the pane for screen readers (unmounting it left the pane aria-hidden).
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import { columnLetters } from "../../core/address";
import type { ReturnSummary } from "../../core/analyze";
import { problemText } from "../../core/i18n/messages";
import { percentTargets, type PercentWriteBackOptions } from "../../core/plan/percent-write-back";
import type { Finding } from "../../core/problems";
import type { PaneLanguage } from "../i18n";
import { writeBackStrings } from "../i18n-write-back";

export interface WriteBackResult {
  written: number;
  /** Stale % the add-in had written, emptied because their indicator has no achievement now. */
  cleared: number;
  skipped: number;
  /** Typed values replaced (the user asked), kept for "Hoàn tác". */
  replaced: number;
  findings: Finding[];
}

export interface WriteBackPreview {
  fill: number;
  typed: number;
  disagreeing: number;
  formulas: number;
  findings: Finding[];
}

export interface UndoResult {
  restored: number;
  skipped: number;
  findings: Finding[];
}

/** The % column's actions for one return (WorkbookHost.previewPercents / writePercents / undoPercents). */
export interface PercentActions {
  preview: () => Promise<WriteBackPreview>;
  write: (options: PercentWriteBackOptions) => Promise<WriteBackResult>;
  undo: () => Promise<UndoResult>;
}

export interface PercentWriteBackProps {
  summary: ReturnSummary;
  language: PaneLanguage;
  actions: PercentActions;
}

const WriteBackDialog = lazy(() => import("./WriteBackDialog"));

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalS, justifyItems: "start", minWidth: 0 },
});

type State =
  | { step: "idle" }
  | { step: "reading" }
  | { step: "writing" }
  | { step: "done"; result: WriteBackResult }
  | { step: "undone"; result: UndoResult }
  | { step: "failed"; message: string };

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function PercentWriteBack({ summary, language, actions }: PercentWriteBackProps) {
  const styles = useStyles();
  const t = writeBackStrings(language);
  const [open, setOpen] = useState(false);
  const [preview, setPreview] = useState<WriteBackPreview | null>(null);
  const [state, setState] = useState<State>({ step: "idle" });
  const { ret } = summary;
  const column = ret.table.columns.percent;
  const cells = percentTargets(ret).length;
  const reason = column === undefined ? t.noPercentColumn : cells === 0 ? t.nothingToWrite : null;
  const reasonId = `write-back-reason-${ret.sheet.replace(/\W+/g, "-")}`;
  const busy = state.step === "reading" || state.step === "writing";

  const start = async (): Promise<void> => {
    setState({ step: "reading" });
    try {
      setPreview(await actions.preview());
      setState({ step: "idle" });
      setOpen(true);
    } catch (error) {
      setState({ step: "failed", message: errorMessage(error) });
    }
  };

  const confirm = async (replaceDisagreeing: boolean): Promise<void> => {
    setOpen(false);
    setState({ step: "writing" });
    try {
      setState({ step: "done", result: await actions.write({ replaceDisagreeing }) });
    } catch (error) {
      setState({ step: "failed", message: errorMessage(error) });
    }
  };

  const undo = async (): Promise<void> => {
    setState({ step: "writing" });
    try {
      setState({ step: "undone", result: await actions.undo() });
    } catch (error) {
      setState({ step: "failed", message: errorMessage(error) });
    }
  };

  return (
    <div className={styles.root}>
      <Button
        disabled={reason !== null || busy}
        aria-describedby={reason ? reasonId : undefined}
        onClick={() => void start()}
      >
        {state.step === "writing" ? t.writing : state.step === "reading" ? t.reading : t.button}
      </Button>
      {reason ? <Caption1 id={reasonId}>{reason}</Caption1> : null}
      {preview ? (
        // The dialog's code (Fluent Dialog and its motion) loads on the first click, not with the pane;
        // once loaded it stays mounted and opens and closes through `open`.
        <Suspense fallback={null}>
          <WriteBackDialog
            open={open}
            language={language}
            preview={preview}
            column={column === undefined ? "" : columnLetters(column)}
            sheet={ret.sheet}
            onConfirm={(replace) => void confirm(replace)}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      ) : null}
      {state.step === "done" ? (
        <ResultBar result={state.result} language={language} onUndo={() => void undo()} />
      ) : null}
      {state.step === "undone" ? (
        <MessageBar layout="multiline" intent={state.result.skipped > 0 ? "warning" : "success"}>
          <MessageBarBody>
            {`${t.restored(state.result.restored)} `}
            {state.result.skipped > 0 ? `${t.keptEdited(state.result.skipped)} ` : ""}
            {state.result.findings.map((f) => problemText(f, language)).join(" ")}
          </MessageBarBody>
        </MessageBar>
      ) : null}
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

function ResultBar({
  result,
  language,
  onUndo,
}: {
  result: WriteBackResult;
  language: PaneLanguage;
  onUndo: () => void;
}) {
  const t = writeBackStrings(language);
  const errors = result.findings.filter((f) => f.severity === "error");
  const intent = errors.length > 0 ? "error" : result.skipped > 0 || result.findings.length > 0 ? "warning" : "success";
  return (
    <MessageBar layout="multiline" intent={intent}>
      <MessageBarBody>
        {errors.length > 0 && result.written === 0 ? `${t.failed} ` : `${t.written(result.written)} `}
        {result.replaced > 0 ? `${t.replaced(result.replaced)} ` : ""}
        {result.cleared > 0 ? `${t.cleared(result.cleared)} ` : ""}
        {result.skipped > 0 ? `${t.skipped(result.skipped)} ` : ""}
        {result.findings.map((f) => problemText(f, language)).join(" ")}
      </MessageBarBody>
      {result.written > 0 ? (
        <MessageBarActions>
          <Button size="small" onClick={onUndo}>
            {t.undo}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
