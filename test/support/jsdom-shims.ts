// Set up for every jest file (jest.config.js setupFiles). Under the jsdom environment only: what jsdom
// lacks and the pane needs: ResizeObserver (Fluent's MessageBar observes its own size), TextEncoder
// and TextDecoder (the fake Excel measures request sizes as browsers can; exceljs decodes text).
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";

if (typeof window !== "undefined") {
  globalThis.TextEncoder ??= NodeTextEncoder as unknown as typeof TextEncoder;
  globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  } as unknown as typeof ResizeObserver;
}
