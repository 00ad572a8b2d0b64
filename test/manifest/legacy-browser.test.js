"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
/** @jest-environment jsdom */
// legacy-browser.js: plain ES5 that stops the pane on Internet Explorer / EdgeHTML with a bilingual message.
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const source = fs.readFileSync(path.resolve(__dirname, "..", "..", "src", "taskpane", "legacy-browser.js"), "utf8");
/** Runs the script with this window, document.documentMode and user agent. */
function run(fakeWindow, options = {}) {
    if (options.documentMode !== undefined) {
        Object.defineProperty(document, "documentMode", {
            value: options.documentMode,
            configurable: true,
        });
    }
    const fakeNavigator = { userAgent: options.userAgent ?? navigator.userAgent };
    try {
        new Function("window", "navigator", source)(fakeWindow, fakeNavigator);
    }
    finally {
        delete document.documentMode;
    }
}
const modern = () => ({ Promise, fetch: () => undefined, Symbol });
const CHROMIUM_EDGE = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0";
const EDGE_HTML = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0 Safari/537.36 Edge/18.17763";
beforeEach(() => {
    document.body.innerHTML = '<div id="container"><p>Đang tải…</p></div>';
});
it("is plain ES5: no arrow functions, let/const, classes or template literals", () => {
    const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
    expect(code).not.toMatch(/=>|\blet\s|\bconst\s|\bclass\s|`/);
});
it("does nothing in a modern browser (Chromium Edge webview, Safari, Chrome)", () => {
    const win = modern();
    run(win, { userAgent: CHROMIUM_EDGE });
    expect(win.communeTargetsUnsupportedBrowser).toBeUndefined();
    expect(document.getElementById("container")).not.toBeNull();
});
it.each([
    ["Internet Explorer (document.documentMode)", { ...modern() }, { documentMode: 11 }],
    ["no Promise", { ...modern(), Promise: undefined }, {}],
    ["no fetch", { ...modern(), fetch: undefined }, {}],
    ["no Symbol", { ...modern(), Symbol: undefined }, {}],
    ["EdgeHTML user agent", { ...modern() }, { userAgent: EDGE_HTML }],
])("on %s: sets the flag and replaces the page with the message", (_label, fakeWindow, options) => {
    const win = { ...fakeWindow };
    run(win, options);
    expect(win.communeTargetsUnsupportedBrowser).toBe(true);
    expect(document.getElementById("container")).toBeNull();
    const alert = document.querySelector('[role="alert"]');
    expect(alert?.querySelector('[lang="vi"]')?.textContent).toBe("Phần bổ trợ này cần Excel cho Microsoft 365, Excel 2021 trở lên, Excel trên web hoặc Excel cho Mac.");
    expect(alert?.querySelector('[lang="en"]')?.textContent).toBe("This add-in needs Excel for Microsoft 365, Excel 2021 or later, Excel on the web, or Excel for Mac.");
});
