/**
 * The task pane talks to no other origin except Office's own script: the HTML templates carry a
 * Content-Security-Policy that allows 'self' and, for scripts, only Microsoft's Office.js CDN
 * (the URL webpack.config.js puts in the page). The preview harness carries the same policy
 * without the CDN. HtmlWebpackPlugin copies the <meta> tag unchanged into dist/.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const read = (file: string) => readFileSync(join(root, file), "utf8");
const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";

/** The policy in the page's <meta http-equiv="Content-Security-Policy">, as directive → sources. */
function policyOf(html: string): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/gi)];
  expect(metas).toHaveLength(1);
  const policy = new Map<string, string[]>();
  for (const part of metas[0][1].split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(policy.has(name)).toBe(false);
    policy.set(name, sources);
  }
  return policy;
}

/** The policy must come before anything that loads: the first <script>, <link> or <style>. */
function metaComesFirst(html: string): boolean {
  const meta = html.search(/<meta\s+http-equiv="Content-Security-Policy"/i);
  const firstLoad = html.search(/<(script|link|style)\b/i);
  return meta >= 0 && (firstLoad < 0 || meta < firstLoad);
}

const ADDIN_POLICY = new Map([
  ["default-src", ["'self'"]],
  ["script-src", ["'self'", OFFICE_ORIGIN]],
  ["style-src", ["'self'", "'unsafe-inline'"]],
  ["img-src", ["'self'", "data:"]],
  ["connect-src", ["'self'"]],
  ["object-src", ["'none'"]],
  ["base-uri", ["'none'"]],
]);

describe.each([
  ["src/taskpane/taskpane.html", true],
  ["src/commands/commands.html", true],
  ["preview/preview.html", false],
])("%s", (file, officeJs) => {
  const html = read(file);
  const policy = policyOf(html);

  it("carries the policy, before anything loads", () => {
    const expected = new Map(ADDIN_POLICY);
    if (!officeJs) expected.set("script-src", ["'self'"]);
    expect(Object.fromEntries(policy)).toEqual(Object.fromEntries(expected));
    expect(metaComesFirst(html)).toBe(true);
  });

  it("allows no other origin: only 'self', 'none', inline styles, data: images, and Office.js scripts", () => {
    for (const [directive, sources] of policy)
      for (const source of sources) {
        const allowed =
          ["'self'", "'none'"].includes(source) ||
          (directive === "style-src" && source === "'unsafe-inline'") ||
          (directive === "img-src" && source === "data:") ||
          (officeJs && directive === "script-src" && source === OFFICE_ORIGIN);
        expect({ directive, source, allowed }).toEqual({ directive, source, allowed: true });
      }
    expect(policy.get("default-src")).toEqual(["'self'"]); // whatever is not listed falls back to this
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
    expect([...policy.values()].flat()).not.toContain("*");
  });

  it("has no inline script (the policy would block it) and loads scripts only from allowed places", () => {
    for (const [tag] of html.matchAll(/<script\b(?:[^>"]|"[^"]*")*>/gi)) {
      const src = /\bsrc="([^"]*)"/.exec(tag)?.[1];
      expect(src).toBeDefined();
      const ok = src === "<%= htmlWebpackPlugin.options.officeJs %>" || /^(?:\.\/)?[\w./-]+\.js$/.test(src as string);
      expect({ src, ok }).toEqual({ src, ok: true });
    }
    expect(html).not.toMatch(/\son[a-z]+="/i); // no inline event handlers
  });
});

it("the Office.js URLs webpack puts in the pages are allowed by script-src", () => {
  const config = read("webpack.config.js");
  const cdn = /const OFFICE_JS_CDN = "([^"]+)"/.exec(config)?.[1];
  const local = /const OFFICE_JS_LOCAL = "([^"]+)"/.exec(config)?.[1];
  expect(cdn && new URL(cdn).origin).toBe(OFFICE_ORIGIN);
  expect(local).toMatch(/^\.\/[\w/.-]+\.js$/); // same origin: 'self'
});
