// The pane inside a workbook: scans it on mount, shows each return's results, and writes the summary
// sheets on request. Works against any WorkbookHost (real Excel, or the fake in the preview and tests).
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Grid } from "../../core/grid";
import type { Finding } from "../../core/problems";
import { type PaneLanguage, strings } from "../i18n";
import type { WorkbookHost } from "../services";
import { analyzeScan, planForWorkbook } from "./pane-logic";
import { ProblemList } from "./ProblemList";
import { ReturnCard } from "./ReturnCard";

type Scan = { grids: Grid[]; findings: Finding[] };
type ScanState = { status: "scanning" } | { status: "failed"; detail: string } | { status: "done"; scan: Scan };
type GenerateState =
  | { status: "idle" }
  | { status: "working" }
  | { status: "done"; sheets: string[] }
  | { status: "failed"; detail: string };

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface PaneProps {
  host: WorkbookHost;
  language: PaneLanguage;
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function Pane({ host, language }: PaneProps) {
  const styles = useStyles();
  const t = strings(language);
  const [scan, setScan] = useState<ScanState>({ status: "scanning" });
  const [generated, setGenerated] = useState<GenerateState>({ status: "idle" });

  const rescan = useCallback(() => {
    let live = true;
    setScan({ status: "scanning" });
    host.scan().then(
      (result) => live && setScan({ status: "done", scan: result }),
      (error: unknown) => live && setScan({ status: "failed", detail: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, [host]);

  useEffect(() => rescan(), [rescan]);

  // Re-analysed (not re-scanned) when the language changes: messages and band names follow it.
  const analysis = useMemo(() => (scan.status === "done" ? analyzeScan(scan.scan, language) : null), [scan, language]);

  const generate = async (): Promise<void> => {
    if (!analysis) return;
    setGenerated({ status: "working" });
    try {
      const [names, previous] = await Promise.all([host.userSheetNames(), host.generatedSheets()]);
      const result = await host.generate(planForWorkbook(analysis, language, names, previous));
      if (result.sheets.length === 0) {
        setGenerated({ status: "failed", detail: result.findings.map((f) => f.code).join(", ") });
      } else {
        setGenerated({ status: "done", sheets: result.sheets });
      }
    } catch (error) {
      setGenerated({ status: "failed", detail: errorText(error) });
    }
  };

  if (scan.status === "scanning") return <Spinner label={t.scanning} />;
  if (scan.status === "failed" || !analysis) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          {t.scanFailed} {scan.status === "failed" ? scan.detail : ""}
        </MessageBarBody>
      </MessageBar>
    );
  }

  const sheetsWithReturns = new Set(analysis.returns.map((r) => r.ret.sheet));
  const otherProblems = analysis.problems.filter((p) => !sheetsWithReturns.has(p.sheet));
  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={() => void generate()}
          disabled={analysis.returns.length === 0 || generated.status === "working"}
        >
          {t.generate}
        </Button>
        <Button onClick={() => rescan()} disabled={generated.status === "working"}>
          {t.rescan}
        </Button>
      </div>
      <div aria-live="polite">
        {generated.status === "working" ? <Spinner size="small" label={t.generating} /> : null}
        {generated.status === "done" ? (
          <MessageBar intent="success">
            <MessageBarBody>{t.generated(generated.sheets)}</MessageBarBody>
          </MessageBar>
        ) : null}
        {generated.status === "failed" ? (
          <MessageBar intent="error">
            <MessageBarBody>
              {t.generateFailed} {generated.detail}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {analysis.returns.length === 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t.noReturns}</MessageBarBody>
        </MessageBar>
      ) : null}
      {analysis.returns.map((summary) => (
        <ReturnCard
          key={summary.ret.sheet}
          summary={summary}
          language={language}
          problems={analysis.problems.filter((p) => p.sheet === summary.ret.sheet)}
        />
      ))}
      {otherProblems.length > 0 ? <ProblemList problems={otherProblems} language={language} /> : null}
    </div>
  );
}
