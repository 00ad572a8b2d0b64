/* Webpack build of the Excel add-in: the task pane and the ribbon's function file.
 *
 *   npm run build        production build into dist/; URLs in dist/manifest.xml point to ADDIN_URL
 *   npm run build:dev    development build (manifest unchanged: https://localhost:3000/)
 *   npm run dev-server   HTTPS dev server on port 3000 (certificates: npx office-addin-dev-certs install)
 *   npm run preview      the task pane against a fake Excel, in a plain browser: /preview.html
 *
 * Environment:
 *   ADDIN_URL=https://host/path/   where the production files are served (default: placeholder below)
 *   OFFICE_JS=local                serve Office.js from dist/office-js/ instead of Microsoft's CDN
 *                                  (offline / intranet use; the Marketplace requires the CDN)
 *   PREVIEW=1 (or --env preview)   also build preview/ (always built in development mode)
 */
/* eslint-disable no-undef, @typescript-eslint/no-require-imports */
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";
const DEFAULT_PROD_URL = "https://www.contoso.com/"; // placeholder: set ADDIN_URL to the real deployment
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "./office-js/office.js";
const OFFICE_JS_DIST = path.join(__dirname, "node_modules", "@microsoft", "office-js", "dist");
const PORT = 3000;

/** The production base URL, always ending in "/". */
function productionUrl() {
  const url = process.env.ADDIN_URL || DEFAULT_PROD_URL;
  return url.endsWith("/") ? url : `${url}/`;
}

/** Points the manifest's URLs at `baseUrl` (AppDomain entries get its origin). */
function rewriteManifest(xml, baseUrl) {
  const origin = new URL(baseUrl).origin;
  return xml.split(DEV_URL).join(baseUrl).split(DEV_ORIGIN).join(origin);
}

/** HTTPS options from office-addin-dev-certs' files, read directly (its getHttpsServerOptions() fails on Linux). */
function devServerOptions() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { cert: "localhost.crt", key: "localhost.key", ca: "ca.crt" };
  const missing = Object.values(files).filter((name) => !fs.existsSync(path.join(dir, name)));
  if (missing.length > 0) {
    console.warn(
      `[dev-server] ${missing.join(", ")} not found in ${dir}: serving over plain http://localhost:${PORT}/.\n` +
        "[dev-server] Office only loads add-ins over HTTPS; run `npx office-addin-dev-certs install` and restart."
    );
    return { type: "http" };
  }
  const read = (name) => fs.readFileSync(path.join(dir, name));
  return {
    type: "https",
    options: { cert: read(files.cert), key: read(files.key), ca: read(files.ca) },
  };
}

/**
 * Fails the build when exceljs ends up in a chunk the task pane loads at start.
 * exceljs is large and only needed when reading or writing files: import it with `await import("exceljs")`.
 */
class KeepOutOfInitialChunkPlugin {
  constructor(entry, pattern) {
    this.entry = entry;
    this.pattern = pattern;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("KeepOutOfInitialChunkPlugin", (compilation) => {
      compilation.hooks.afterSeal.tap("KeepOutOfInitialChunkPlugin", () => {
        const entrypoint = compilation.entrypoints.get(this.entry);
        if (!entrypoint) return;
        for (const chunk of entrypoint.chunks) {
          for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
            const resource =
              module.resource ||
              (module.rootModule && module.rootModule.resource) ||
              module.identifier();
            if (this.pattern.test(resource)) {
              const { WebpackError } = compiler.webpack;
              compilation.errors.push(
                new WebpackError(
                  `${resource} is in the initial "${this.entry}" chunk. Load it with a dynamic import() so it is split out.`
                )
              );
              return;
            }
          }
        }
      });
    });
  }
}

/**
 * Fails the build when a module matching `pattern` is in any chunk at all (initial, async or a
 * worker's). The pane reads returns with its own reader (src/files/xlsx/) and writes through
 * Office.js, so exceljs (whose prebuilt bundle freezes old copies of JSZip and the rest) has no
 * place in anything the pane can load.
 */
class KeepOutOfBundlePlugin {
  constructor(pattern) {
    this.pattern = pattern;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("KeepOutOfBundlePlugin", (compilation) => {
      compilation.hooks.afterSeal.tap("KeepOutOfBundlePlugin", () => {
        for (const chunk of compilation.chunks) {
          for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
            const resource =
              module.resource || (module.rootModule && module.rootModule.resource) || module.identifier();
            if (this.pattern.test(resource)) {
              const { WebpackError } = compiler.webpack;
              const name = chunk.name || chunk.id;
              compilation.errors.push(new WebpackError(`${resource} is bundled (chunk "${name}"); the pane must not load it.`));
              return;
            }
          }
        }
      });
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  const localOfficeJs = process.env.OFFICE_JS === "local";
  const officeJs = localOfficeJs ? OFFICE_JS_LOCAL : OFFICE_JS_CDN;
  const baseUrl = production ? productionUrl() : DEV_URL;
  // The preview harness (a fake Excel in the page) never ships in a production build unless asked.
  const preview = !production || process.env.PREVIEW === "1" || Boolean(env.preview);

  const copyPatterns = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    { from: "assets/help.html", to: "help.html" },
    // shipped as written (plain ES5), not minified
    { from: "src/taskpane/legacy-browser.js", to: "legacy-browser.js", info: { minimized: true } },
    {
      from: "manifest*.xml",
      to: "[name][ext]",
      transform: (content) => (production ? rewriteManifest(content.toString(), baseUrl) : content),
    },
  ];
  if (localOfficeJs) {
    // office.js, the files it loads beside itself (o15apptofilemappingtable.js, excel-<platform>.js,
    // <locale>/office_strings.js, telemetry) for Excel only; no debug builds, no other hosts.
    copyPatterns.push({
      from: OFFICE_JS_DIST,
      to: "office-js",
      info: { minimized: true }, // already minified by Microsoft: copy as is
      globOptions: {
        ignore: [
          "**/*.debug.js",
          "**/*vsdoc*",
          "**/*.d.ts",
          "**/outlook*",
          "**/word*",
          "**/powerpoint*",
          "**/onenote*",
          "**/project*",
          "**/access*",
          "**/visio*",
          "**/custom-functions-runtime*",
        ],
      },
    });
  }

  return {
    mode: production ? "production" : "development",
    target: ["web", "es2020"],
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      ...(preview ? { preview: "./preview/preview.tsx" } : {}),
    },
    output: {
      path: path.join(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.join(__dirname, "tsconfig.json"),
              // ES modules for webpack: keeps import() as a split point and allows tree shaking.
              compilerOptions: { module: "esnext", moduleResolution: "node", sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      new CopyWebpackPlugin({ patterns: copyPatterns }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
        officeJs,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        scriptLoading: "defer",
        officeJs,
      }),
      ...(preview
        ? [new HtmlWebpackPlugin({ filename: "preview.html", template: "./preview/preview.html", chunks: ["preview"], scriptLoading: "defer" })]
        : []),
      new KeepOutOfInitialChunkPlugin("taskpane", /[\\/]node_modules[\\/]exceljs[\\/]/),
      new KeepOutOfBundlePlugin(/[\\/]node_modules[\\/]exceljs[\\/]/),
      // The .xls reader is fetched only when an .xls arrives (a chunk of its own, loaded by the worker).
      new KeepOutOfInitialChunkPlugin("taskpane", /[\\/]src[\\/]files[\\/]xls[\\/]/),
    ],
    performance: {
      // The initial task pane code (React + Fluent UI + the pane) must stay small: Excel on the web
      // loads it on every open, often over slow commune connections. exceljs loads later, on demand.
      hints: production ? "warning" : false,
      maxEntrypointSize: 450 * 1024,
      maxAssetSize: 1500 * 1024,
      assetFilter: (file) => file.endsWith(".js") && !file.startsWith("office-js/"),
    },
    devServer: {
      port: PORT,
      server: env.WEBPACK_SERVE ? devServerOptions() : undefined,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      client: { overlay: { warnings: false } },
    },
  };
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.KeepOutOfInitialChunkPlugin = KeepOutOfInitialChunkPlugin;
module.exports.KeepOutOfBundlePlugin = KeepOutOfBundlePlugin;
