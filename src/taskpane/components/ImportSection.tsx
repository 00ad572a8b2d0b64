// The statistics clerk's section (nhập báo cáo các xã): pick or drop the communes' .xlsx returns, read
// them with progress and cancel, see each return's status and problems and who has not reported, then
// "Tổng hợp" writes the consolidated summary (imported returns + this workbook's own) into the workbook.
import {
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Subtitle2,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { type DragEvent, useCallback, useDeferredValue, useMemo, useRef, useState } from "react";
import type { SourceWorkbook } from "../../core/analyze";
import type { Grid } from "../../core/grid";
import type { Finding } from "../../core/problems";
import type { Settings } from "../../core/settings";
import { completeness, returnsTable } from "../import/returns-table";
import { type ParseFn, importFiles } from "../import/import-files";
import { analyzeContained, inPickedOrder, partSoon, readPicked } from "../import/contain";
import { SourceParts } from "../import/source-parts";
import { useWarmParser } from "../import/warm-parser";
import { type PaneLanguage, strings } from "../i18n";
import type { WorkbookHost } from "../services";
import { areaLines, findingsText, mergeImported, planForWorkbook } from "./pane-logic";
import { cardStyle } from "./card-style";
import { WrittenNotes } from "./WrittenNotes";
import { ReturnItem, rowKey } from "./ReturnItem";
import { useGrowingCount } from "./use-growing-count";

/** Rows of the returns list rendered per task (a few ms each in Chromium). */
const ROWS_PER_TASK = 10;

const useStyles = makeStyles({
  root: cardStyle,
  heading: { margin: 0 },
  drop: {
    display: "grid",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  progress: { flexGrow: 1, minWidth: "8rem" },
  returns: { listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalS },
  hiddenInput: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

type Progress = { done: number; total: number };
type Outcome =
  | { status: "idle" }
  | { status: "working" }
  | { status: "done"; sheets: string[]; notes: string }
  | { status: "failed"; detail: string };

export interface ImportSectionProps {
  host: WorkbookHost;
  language: PaneLanguage;
  /** The settings in use (language included); expectedAreas seeds the list. */
  settings: Settings;
  /** The open workbook as last scanned: its own returns join the consolidation. */
  scan: { grids: Grid[]; findings: Finding[] };
  /** Files imported so far (kept by the Pane so a rescan does not lose them). */
  imported: SourceWorkbook[];
  onImported: (sources: SourceWorkbook[]) => void;
  /** Saves the expected areas into the workbook's settings. */
  onSaveExpected: (areas: string[]) => void;
  /** Parses one file; default: importFiles' own (a Web Worker, or the main thread). */
  parse?: ParseFn;
}

/** A File's bytes (Blob.arrayBuffer where it exists, FileReader otherwise). */
function fileBytes(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/** .xlsx or Excel 97–2003 .xls; the reader tells them apart by their bytes. */
const isExcelFile = (file: File): boolean => /\.xlsx?$/i.test(file.name);
const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function ImportSection({
  host,
  language,
  settings,
  scan,
  imported,
  onImported,
  onSaveExpected,
  parse,
}: ImportSectionProps) {
  const styles = useStyles();
  const t = strings(language);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [cancelledKept, setCancelledKept] = useState<number | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  // Files that are not .xlsx or .xls (a PDF, a note): named, never silently dropped.
  const [refused, setRefused] = useState<string[]>([]);
  // The row whose problems are shown in full (file|sheet), if any.
  const [openRow, setOpenRow] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [expectedText, setExpectedText] = useState(settings.expectedAreas.join("\n"));
  const [outcome, setOutcome] = useState<Outcome>({ status: "idle" });
  const fileInput = useRef<HTMLInputElement>(null);
  const abort = useRef<AbortController | null>(null);
  // The parse worker starts now, while the clerk is still choosing files (unless a test gives `parse`).
  const warm = useWarmParser(!parse);

  // Typing in the list stays responsive: re-analysing 100 returns waits for a pause in the typing.
  const deferredText = useDeferredValue(expectedText);
  const expected = useMemo(() => areaLines(deferredText), [deferredText]);
  const analysisSettings = useMemo(() => ({ ...settings, expectedAreas: expected }), [settings, expected]);
  // Each return is scored as it arrives (see read); this is then only the consolidation. It runs in
  // a deferred render of its own, after the one that takes the progress bar away, and React renders
  // the rows it gives in slices: the end of an import is never one long task.
  const [parts] = useState(() => new SourceParts());
  const shownImported = useDeferredValue(imported);
  const analysis = useMemo(
    () => analyzeContained(scan, shownImported, analysisSettings, parts),
    [scan, shownImported, analysisSettings, parts],
  );
  const rows = useMemo(() => returnsTable(analysis), [analysis]);
  // A hundred rows are rendered a chunk per task, never in one long one.
  const shownRows = useGrowingCount(rows.length, ROWS_PER_TASK);
  const toggleRow = useCallback((key: string) => setOpenRow((open) => (open === key ? null : key)), []);
  const received = useMemo(() => analysis.returns.map((r) => r.ret.area ?? r.ret.sheet), [analysis]);
  const count = expected.length > 0 ? completeness(expected, received) : null;

  const read = async (files: File[]): Promise<void> => {
    if (progress) return;
    const picked = files.filter(isExcelFile);
    setRefused(files.filter((file) => !isExcelFile(file)).map((file) => file.name));
    if (picked.length === 0) return;
    const controller = new AbortController();
    abort.current = controller;
    setCancelledKept(null);
    setReadError(null);
    setProgress({ done: 0, total: picked.length });
    try {
      // The pick's own task ends with the progress bar rendered; asking the browser for a hundred
      // files' bytes waits for the next one (together they made a long task at the start).
      await new Promise((resolve) => setTimeout(resolve, 0));
      // A file the browser cannot hand over (moved, no permission) is unreadable on its own.
      const { read: withBytes, failed } = await readPicked(picked, fileBytes);
      const result = await importFiles(withBytes, {
        signal: controller.signal,
        parse,
        parser: parse ? undefined : await warm.get(),
        onProgress: (done, total) => setProgress({ done, total }),
        // scored in a task of its own while the worker reads the next files
        onSource: (source) => partSoon(parts, source, analysisSettings),
      });
      if (result.cancelled) warm.renew(); // the cancelled import terminated the worker
      const names = picked.map((f) => f.name);
      onImported(mergeImported(imported, inPickedOrder(names, [...result.sources, ...failed])));
      if (result.cancelled) setCancelledKept(result.sources.length);
    } catch (error) {
      setReadError(errorText(error)); // a file the browser could not hand over (moved, no permission)
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  const consolidate = async (): Promise<void> => {
    setOutcome({ status: "working" });
    try {
      const [names, previous] = await Promise.all([host.userSheetNames(), host.generatedSheets()]);
      // links point at the summary rows: imported returns are not in this workbook
      const plan = planForWorkbook(analysis, { ...settings, expectedAreas: expected }, names, previous, "summary");
      const result = await host.generate(plan);
      if (result.sheets.length === 0) setOutcome({ status: "failed", detail: findingsText(result.findings, language) });
      else setOutcome({ status: "done", sheets: result.sheets, notes: findingsText(result.findings, language) });
    } catch (error) {
      setOutcome({ status: "failed", detail: errorText(error) });
    }
  };

  const onDrop = (event: DragEvent<HTMLElement>): void => {
    event.preventDefault();
    setDragging(false);
    void read(Array.from(event.dataTransfer.files));
  };

  return (
    <section
      className={styles.root}
      aria-labelledby="import-heading"
      // files dropped anywhere on this card are read, not only on the dashed zone
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <Subtitle2 as="h2" id="import-heading" className={styles.heading}>
        {t.importHeading}
      </Subtitle2>
      <div className={dragging ? `${styles.drop} ${styles.dropActive}` : styles.drop} data-testid="drop-zone">
        <Body1>{t.importHint}</Body1>
        {/* The browser's own picker says "Choose Files / No file chosen" whatever the pane's language:
            a localised button opens the hidden input instead. */}
        <div>
          <Button disabled={progress !== null} onClick={() => fileInput.current?.click()}>
            {t.chooseFiles}
          </Button>
        </div>
        <input
          ref={fileInput}
          id="import-files"
          className={styles.hiddenInput}
          type="file"
          multiple
          tabIndex={-1}
          aria-label={t.chooseFiles}
          accept=".xlsx,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"
          disabled={progress !== null}
          onChange={(event) => {
            const files = Array.from(event.currentTarget.files ?? []);
            event.currentTarget.value = ""; // the same file can be picked again
            void read(files);
          }}
        />
      </div>
      <div aria-live="polite">
        {progress ? (
          <div className={styles.row}>
            <ProgressBar
              className={styles.progress}
              value={progress.done}
              max={progress.total}
              aria-label={t.importing(progress.done, progress.total)}
            />
            <Caption1>{t.importing(progress.done, progress.total)}</Caption1>
            <Button size="small" onClick={() => abort.current?.abort()}>
              {t.cancel}
            </Button>
          </div>
        ) : null}
        {refused.length > 0 ? (
          <MessageBar layout="multiline" intent="warning">
            <MessageBarBody>{t.notXlsx(refused)}</MessageBarBody>
          </MessageBar>
        ) : null}
        {readError !== null ? (
          <MessageBar layout="multiline" intent="error">
            <MessageBarBody>{readError}</MessageBarBody>
          </MessageBar>
        ) : null}
        {cancelledKept !== null ? (
          <MessageBar layout="multiline" intent="info">
            <MessageBarBody>{t.importCancelled(cancelledKept)}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>

      {/* A list, not a table: at a task pane's 320 px five columns broke names syllable by syllable. */}
      <ul className={styles.returns} aria-label={t.returnsReceived}>
        {rows.slice(0, shownRows).map((row, index) => (
          <ReturnItem
            key={rowKey(row)}
            row={row}
            index={index}
            open={openRow === rowKey(row)}
            language={language}
            onToggle={toggleRow}
          />
        ))}
      </ul>

      <Field label={t.expectedAreas} hint={t.expectedHint}>
        <Textarea resize="vertical" rows={4} value={expectedText} onChange={(_, data) => setExpectedText(data.value)} />
      </Field>
      <div className={styles.row}>
        <Button size="small" onClick={() => onSaveExpected(areaLines(expectedText))}>
          {t.saveExpected}
        </Button>
        {imported.length > 0 ? (
          <Button size="small" disabled={progress !== null} onClick={() => onImported([])}>
            {t.clearImported}
          </Button>
        ) : null}
      </div>
      {count ? (
        <Body1 data-testid="completeness">
          {t.completeness(count.received, count.expected)} {count.missing.length > 0 ? t.missing(count.missing) : null}
        </Body1>
      ) : null}

      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={analysis.returns.length === 0}
          disabledFocusable={progress !== null || shownImported !== imported || outcome.status === "working"} // keeps keyboard focus while it works
          onClick={() => void consolidate()}
        >
          {t.consolidate}
        </Button>
      </div>
      <div aria-live="polite">
        {outcome.status === "working" ? <Spinner size="small" label={t.generating} /> : null}
        {outcome.status === "done" ? (
          <MessageBar layout="multiline" intent="success">
            <MessageBarBody>{t.generated(outcome.sheets)}</MessageBarBody>
          </MessageBar>
        ) : null}
        {outcome.status === "done" ? <WrittenNotes notes={outcome.notes} /> : null}
        {outcome.status === "failed" ? (
          <MessageBar layout="multiline" intent="error">
            <MessageBarBody>
              {t.generateFailed} {outcome.detail}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </section>
  );
}
