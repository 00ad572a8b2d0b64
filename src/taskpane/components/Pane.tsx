// The pane inside a workbook: scans it on mount, shows each return's results, and writes the summary
// sheets on request. Works against any WorkbookHost (real Excel, or the fake in the preview and tests).
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from "react";
import type { Grid } from "../../core/grid";
import type { SourceWorkbook } from "../../core/analyze";
import type { Finding } from "../../core/problems";
import { type PaneLanguage, strings } from "../i18n";
import type { WorkbookHost } from "../services";
import { DEFAULT_SETTINGS, type Settings } from "../../core/settings";
import {
  analyzeScan,
  findingsText,
  hasSavedSettings,
  planForWorkbook,
  withLanguage,
  withoutGenerated,
} from "./pane-logic";
import { BandBar } from "./BandBar";
import { NarrativeBox } from "./NarrativeBox";
import { ProblemList } from "./ProblemList";
import type { PercentActions } from "./PercentWriteBack";
import { ReturnCard } from "./ReturnCard";
import { ImportSection } from "./ImportSection";
import { type TemplateKind, TemplateSection, templatePlan } from "./TemplateSection";
import { cardStyle } from "./card-style";
import { WrittenNotes } from "./WrittenNotes";

type Scan = { grids: Grid[]; findings: Finding[] };
type ScanState = { status: "scanning" } | { status: "failed"; detail: string } | { status: "done"; scan: Scan };
type GenerateState =
  | { status: "idle" }
  | { status: "working" }
  | { status: "done"; sheets: string[]; notes?: string }
  | { status: "failed"; detail: string };

// Loaded when first opened, like the corrections panel: the pane's first paint does not need them.
const SettingsPanel = lazy(() => import("./SettingsPanel").then((m) => ({ default: m.SettingsPanel })));

const useStyles = makeStyles({
  // minmax(0, 1fr): a long message or name wraps instead of widening the pane past its frame
  root: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  card: cardStyle,
  heading: { margin: 0 },
});

export interface PaneProps {
  host: WorkbookHost;
  language: PaneLanguage;
  /** Called when the workbook's saved settings name a language (the App switches to it). */
  onLanguageChange?: (language: PaneLanguage) => void;
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function Pane({ host, language, onLanguageChange }: PaneProps) {
  const styles = useStyles();
  const t = strings(language);
  const [scan, setScan] = useState<ScanState>({ status: "scanning" });
  const [generated, setGenerated] = useState<GenerateState>({ status: "idle" });
  const [goToError, setGoToError] = useState<string | null>(null);
  const [inserted, setInserted] = useState<GenerateState>({ status: "idle" });
  // The workbook's settings (null while loading) and why they could not be read, if so.
  const [stored, setStored] = useState<Settings | null>(null);
  const [settingsWarning, setSettingsWarning] = useState<string | null>(null);
  const [saved, setSaved] = useState<GenerateState>({ status: "idle" });
  const [settingsOpen, setSettingsOpen] = useState(false);
  // The clerk's imported returns: kept here so a rescan of the workbook does not lose them.
  const [imported, setImported] = useState<SourceWorkbook[]>([]);

  useEffect(() => {
    let live = true;
    host.loadSettings().then(
      ({ settings, findings }) => {
        if (!live) return;
        setStored(settings);
        setSettingsWarning(findings.length > 0 ? findingsText(findings, language) : null);
        if (hasSavedSettings(settings) && settings.language !== language) onLanguageChange?.(settings.language);
      },
      (error: unknown) => {
        if (!live) return;
        setStored(DEFAULT_SETTINGS);
        setSettingsWarning(errorText(error));
      },
    );
    return () => {
      live = false;
    };
    // Loaded once per workbook; the language at that moment only decides whether to switch.
  }, [host]);

  const settings = useMemo(() => (stored ? withLanguage(stored, language) : null), [stored, language]);

  /** Reads the workbook again; `quiet` keeps showing the last result meanwhile (and on failure). */
  const rescan = useCallback(
    (quiet = false) => {
      let live = true;
      if (!quiet) setScan({ status: "scanning" });
      // the add-in's own summary sheets are not returns; if they cannot be listed, scan everything
      // (one after the other: calls sharing a request context must not interleave)
      const scanned = async (): Promise<Scan> => {
        const result = await host.scan();
        const generated = await host.generatedSheets().catch((): string[] => []);
        return withoutGenerated(result, generated);
      };
      scanned().then(
        (result) => live && setScan({ status: "done", scan: result }),
        (error: unknown) => live && !quiet && setScan({ status: "failed", detail: errorText(error) }),
      );
      return () => {
        live = false;
      };
    },
    [host],
  );

  useEffect(() => rescan(), [rescan]);

  // Re-analysed (not re-scanned) when the language or the settings change: rescoring is immediate.
  const analysis = useMemo(
    () => (scan.status === "done" && settings ? analyzeScan(scan.scan, settings) : null),
    [scan, settings],
  );

  const saveSettings = async (next: Settings): Promise<void> => {
    const withLang = withLanguage(next, language);
    setStored(withLang); // applied at once, saved or not
    setSaved({ status: "working" });
    try {
      const findings = await host.saveSettings(withLang);
      setSaved(
        findings.length === 0
          ? { status: "done", sheets: [] }
          : { status: "failed", detail: findingsText(findings, language) },
      );
    } catch (error) {
      setSaved({ status: "failed", detail: errorText(error) });
    }
  };

  const generate = async (): Promise<void> => {
    if (!analysis || !settings) return;
    setGenerated({ status: "working" });
    try {
      const [names, previous] = await Promise.all([host.userSheetNames(), host.generatedSheets()]);
      const result = await host.generate(planForWorkbook(analysis, settings, names, previous));
      if (result.sheets.length === 0) {
        setGenerated({ status: "failed", detail: findingsText(result.findings, language) });
      } else {
        setGenerated({ status: "done", sheets: result.sheets, notes: findingsText(result.findings, language) });
      }
    } catch (error) {
      setGenerated({ status: "failed", detail: errorText(error) });
    }
  };

  const insertTemplate = async (kind: TemplateKind): Promise<void> => {
    setInserted({ status: "working" });
    try {
      const result = await host.insertTemplate(
        templatePlan(kind, settings ?? withLanguage(DEFAULT_SETTINGS, language)),
      );
      if (result.sheets.length === 0)
        setInserted({ status: "failed", detail: findingsText(result.findings, language) });
      else setInserted({ status: "done", sheets: result.sheets });
      if (result.sheets.length > 0) rescan();
    } catch (error) {
      setInserted({ status: "failed", detail: errorText(error) });
    }
  };

  /**
   * Writes one return's % into its own % column (and previews or undoes it). The sheet is read again
   * first, so the cells are where the indicators are now, even if rows were inserted since the last scan.
   */
  const freshReturn = async (sheet: string) => {
    if (!settings) throw new Error(t.returnGone);
    const fresh = analyzeScan(await host.scan(), settings).returns.find((r) => r.ret.sheet === sheet);
    if (!fresh) throw new Error(t.returnGone);
    return { ret: fresh.ret, settings };
  };
  const percentActions = (sheet: string): PercentActions => ({
    preview: async () => {
      const fresh = await freshReturn(sheet);
      return host.previewPercents(fresh.ret, fresh.settings);
    },
    write: async (options) => {
      const fresh = await freshReturn(sheet);
      const result = await host.writePercents(fresh.ret, fresh.settings, options);
      if (result.written > 0 || result.cleared > 0) rescan(true); // the sheet changed; the message about it stays in view
      return result;
    },
    undo: async () => {
      const fresh = await freshReturn(sheet);
      const result = await host.undoPercents(fresh.ret);
      if (result.restored > 0) rescan(true);
      return result;
    },
  });

  const goTo = useCallback(
    (sheet: string, cell: string): void => {
      setGoToError(null);
      host.selectCell(sheet, cell).then(
        (findings) => setGoToError(findings.length === 0 ? null : findingsText(findings, language)),
        (error: unknown) => setGoToError(errorText(error)),
      );
    },
    [host],
  );

  if (scan.status === "scanning" || !stored) return <Spinner label={t.scanning} />;
  if (scan.status === "failed" || !analysis) {
    return (
      <MessageBar layout="multiline" intent="error">
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
          disabled={analysis.returns.length === 0}
          disabledFocusable={generated.status === "working"} // keeps keyboard focus while it works
        >
          {t.generate}
        </Button>
        <Button onClick={() => rescan()} disabledFocusable={generated.status === "working"}>
          {t.rescan}
        </Button>
        <Button
          aria-expanded={settingsOpen}
          aria-controls={settingsOpen ? "settings-panel" : undefined}
          onClick={() => setSettingsOpen(!settingsOpen)}
        >
          {t.settings}
        </Button>
      </div>
      <div aria-live="polite">
        {generated.status === "working" ? <Spinner size="small" label={t.generating} /> : null}
        {generated.status === "done" ? (
          <MessageBar layout="multiline" intent="success">
            <MessageBarBody>{t.generated(generated.sheets)}</MessageBarBody>
          </MessageBar>
        ) : null}
        {generated.status === "done" ? <WrittenNotes notes={generated.notes} /> : null}
        {generated.status === "failed" ? (
          <MessageBar layout="multiline" intent="error">
            <MessageBarBody>
              {t.generateFailed} {generated.detail}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {inserted.status === "working" ? <Spinner size="small" label={t.inserting} /> : null}
        {inserted.status === "done" ? (
          <MessageBar layout="multiline" intent="success">
            <MessageBarBody>{t.inserted(inserted.sheets)}</MessageBarBody>
          </MessageBar>
        ) : null}
        {inserted.status === "failed" ? (
          <MessageBar layout="multiline" intent="error">
            <MessageBarBody>
              {t.insertFailed} {inserted.detail}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {settingsWarning !== null ? (
          <MessageBar layout="multiline" intent="warning">
            <MessageBarBody>
              {t.settingsLoadFailed} {settingsWarning}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {saved.status === "done" ? (
          <MessageBar layout="multiline" intent="success">
            <MessageBarBody>{t.saved}</MessageBarBody>
          </MessageBar>
        ) : null}
        {saved.status === "failed" ? (
          <MessageBar layout="multiline" intent="warning">
            <MessageBarBody>
              {t.saveFailed} {saved.detail}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {goToError !== null ? (
          <MessageBar layout="multiline" intent="warning">
            <MessageBarBody>
              {t.goToFailed} {goToError}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {settingsOpen ? (
        <div id="settings-panel">
          <Suspense fallback={<Spinner size="tiny" />}>
            <SettingsPanel
              settings={stored}
              language={language}
              saving={saved.status === "working"}
              onSave={(next) => void saveSettings(next)}
            />
          </Suspense>
        </div>
      ) : null}
      {analysis.returns.length === 0 ? (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>{t.noReturns}</MessageBarBody>
        </MessageBar>
      ) : null}
      {analysis.returns.map((summary) => (
        <ReturnCard
          key={summary.ret.sheet}
          summary={summary}
          language={language}
          problems={analysis.problems.filter((p) => p.sheet === summary.ret.sheet)}
          settings={settings ?? undefined}
          onGoTo={goTo}
          grid={scan.scan.grids.find((grid) => grid.sheet === summary.ret.sheet)}
          onSettingsChange={(next) => void saveSettings(next)}
          onWritePercents={percentActions(summary.ret.sheet)}
        />
      ))}
      {analysis.consolidation ? (
        <section className={styles.card} aria-labelledby="consolidated-heading">
          <Subtitle2 as="h2" id="consolidated-heading" className={styles.heading}>
            {t.consolidatedHeading}
          </Subtitle2>
          <BandBar
            counts={analysis.consolidation.counts}
            language={language}
            label={t.bandCounts}
            settings={settings ?? undefined}
          />
          <NarrativeBox text={analysis.consolidation.narrative} language={language} />
        </section>
      ) : null}
      {otherProblems.length > 0 ? <ProblemList problems={otherProblems} language={language} onGoTo={goTo} /> : null}
      {settings ? (
        <ImportSection
          host={host}
          language={language}
          settings={settings}
          scan={scan.scan}
          imported={imported}
          onImported={setImported}
          onSaveExpected={(areas) => void saveSettings({ ...stored, expectedAreas: areas })}
        />
      ) : null}
      <TemplateSection
        language={language}
        disabled={inserted.status === "working" || generated.status === "working"}
        onInsert={(kind) => void insertTemplate(kind)}
      />
    </div>
  );
}
