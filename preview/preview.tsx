// The preview harness (npm run preview): the real task pane on the left, running against a fake Excel
// seeded with examples/xa-tram-tau.xlsx, and the fake workbook's sheets on the right, re-drawn after
// every write. window.__preview.fake lets browser tests look inside the workbook.
import { createRoot } from "react-dom/client";
import { useMemo, useState } from "react";
import { App } from "../src/taskpane/components/App";
import type { WorkbookHost } from "../src/taskpane/services";
import { type FakeExcel, createFakeExcel } from "../test/support/excel-fake";
import { fakeHost } from "./fake-host";
import { seedSheets } from "./seed";
import { WorkbookView } from "./WorkbookView";

declare global {
  interface Window {
    __preview?: { fake: FakeExcel };
  }
}

function Preview({ fake }: { fake: FakeExcel }) {
  const [version, setVersion] = useState(0);
  const host = useMemo<WorkbookHost>(() => {
    const inner = fakeHost(fake);
    // Re-draw the workbook view after every call that writes to it.
    const redraw = <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R> => {
        try {
          return await call(...args);
        } finally {
          setVersion((v) => v + 1);
        }
      };
    return {
      ...inner,
      generate: redraw(inner.generate),
      insertTemplate: redraw(inner.insertTemplate),
      selectCell: redraw(inner.selectCell),
    };
  }, [fake]);
  const params = new URLSearchParams(window.location.search);
  return (
    <>
      <div id="pane">
        <App host={host} theme={params.get("theme") === "dark" ? "dark" : "light"} language={params.get("lang") === "en" ? "en" : "vi"} />
      </div>
      <div id="workbook">
        <WorkbookView fake={fake} version={version} />
      </div>
    </>
  );
}

function start(): void {
  const fake = createFakeExcel({ sheets: seedSheets() });
  window.__preview = { fake };
  const root = document.getElementById("preview");
  if (!root) throw new Error("preview.html has no #preview");
  createRoot(root).render(<Preview fake={fake} />);
}

start();
