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
import { type DragEvent, useDeferredValue, useMemo, useRef, useState } from "react";
import type { SourceWorkbook } from "../../core/analyze";
import type { Grid } from "../../core/grid";
import { kindsOf, problemKindLabel } from "../../core/problem-kinds";
import type { Finding } from "../../core/problems";
import type { Settings } from "../../core/settings";
import { completeness, returnsTable } from "../import/returns-table";
import { type ParseFn, importFiles } from "../import/import-files";
import { analyzeContained, inPickedOrder, readPicked } from "../import/contain";
import { useWarmParser } from "../import/warm-parser";
import { type PaneLanguage, strings } from "../i18n";
import type { WorkbookHost } from "../services";
import { WORKBOOK_FILE, areaLines, findingsText, mergeImported, planForWorkbook } from "./pane-logic";
import { cardStyle } from "./card-style";
import { WrittenNotes } from "./WrittenNotes";

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
  file: { display: "block", color: tokens.colorNeutralForeground3, wordBreak: "break-all" },
  error: { color: tokens.colorPaletteRedForeground1 },
  kinds: { display: "block", color: tokens.colorNeutralForeground3 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, wordBreak: "break-word" },
  returns: { listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalS },
  returnItem: {
    display: "grid",
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  returnName: { fontWeight: tokens.fontWeightSemibold },
  status: { fontWeight: tokens.fontWeightSemibold },
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
  const analysis = useMemo(
    () => analyzeContained(scan, imported, { ...settings, expectedAreas: expected }),
    [scan, imported, settings, expected],
  );
  const rows = useMemo(() => returnsTable(analysis), [analysis]);
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
      // A file the browser cannot hand over (moved, no permission) is unreadable on its own.
      const { read: withBytes, failed } = await readPicked(picked, fileBytes);
      const result = await importFiles(withBytes, {
        signal: controller.signal,
        parse,
        parser: parse ? undefined : await warm.get(),
        onProgress: (done, total) => setProgress({ done, total }),
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
        {rows.map((row, index) => {
          const key = `${row.file}|${row.sheet}`;
          const name = row.area ?? (row.sheet || row.file || t.noReturnInFile);
          const open = openRow === key;
          const detailsId = `problems-${index}`;
          return (
            <li key={key} className={styles.returnItem} data-file={row.file} data-status={row.status}>
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
                    onClick={() => setOpenRow(open ? null : key)}
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
        })}
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
          disabledFocusable={progress !== null || outcome.status === "working"} // keeps keyboard focus while it works
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
