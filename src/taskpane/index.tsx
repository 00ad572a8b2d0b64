// Task pane entry: wait for Office.js (never hangs), pick the theme, render the React shell.
// exceljs is in no chunk of the pane (the build checks): returns are read by src/files/xlsx/ and
// summaries written through Office.js.
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { waitForOffice } from "./office-ready";
import { excelHost } from "./services";
import { chooseTheme } from "./theme";

declare global {
  interface Window {
    /** Set by legacy-browser.js on Internet Explorer / EdgeHTML, where the pane cannot run. */
    communeTargetsUnsupportedBrowser?: boolean;
  }
}

function officeBodyBackground(): string | undefined {
  try {
    return typeof Office === "undefined"
      ? undefined
      : Office.context?.officeTheme?.bodyBackgroundColor;
  } catch {
    return undefined; // Office.context throws in some hosts before or outside an add-in context
  }
}

function prefersDark(): boolean {
  return (
    typeof window.matchMedia === "function" &&
    window.matchMedia("(prefers-color-scheme: dark)").matches
  );
}

async function start(): Promise<void> {
  if (window.communeTargetsUnsupportedBrowser) return;
  const { inExcel } = await waitForOffice();
  const theme = chooseTheme(inExcel ? officeBodyBackground() : undefined, prefersDark());
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container");
  createRoot(container).render(<App host={inExcel ? excelHost() : null} theme={theme} />);
}

void start();
