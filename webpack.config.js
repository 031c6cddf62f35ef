/* eslint-disable no-undef */
// Layout follows Microsoft's Excel-Custom-Functions-Shared template: one task pane page hosts the
// shared runtime (task pane + custom functions; the ribbon button only opens the pane).
const fs = require("fs");
const os = require("os");
const path = require("path");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { sources, WebpackError } = require("webpack");
const { localizeFunctions } = require("./scripts/localize-functions");

const urlDev = "https://localhost:3000/";
// Production builds point the manifest at the intranet server: JUESUAN_URL=https://host/juesuan/ npm run build
const urlProd = process.env.JUESUAN_URL || urlDev;

// office.js is served from our own origin: intranets cannot reach the Microsoft CDN. Only the Excel
// host scripts and the Chinese/English strings are copied (the package holds 86 MB of other hosts).
const officeJsDir = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const officeJsPatterns = [
  "office.js",
  "o15apptofilemappingtable.js",
  "custom-functions-runtime.js",
  "es6-promise.js",
  "excel*.js",
  "telemetry/*.js",
  "ariatelemetry/*.js",
  "zh-cn/*.js",
  "en-us/*.js",
].map((glob) => ({
  from: glob,
  context: officeJsDir,
  to: "office-js/",
  globOptions: { ignore: ["**/*.debug.js"] },
}));

const escapeHtml = (text) =>
  String(text).replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]
  );

/** The help page's function table, from the metadata actually shipped (English ids, Chinese names). */
function functionTable(english, chinese) {
  const rows = english.functions.map((fn, i) => {
    const zh = chinese.functions[i];
    const params = (zh.parameters || [])
      .map((p) => (p.optional ? `[${p.name}]` : p.name))
      .join(", ");
    return `<tr><td><code>JUESUAN.${escapeHtml(zh.name)}(${escapeHtml(params)})</code></td><td><code>JUESUAN.${escapeHtml(fn.name)}</code></td><td>${escapeHtml(zh.description)}</td></tr>`;
  });
  return `<table><tr><th>中文函数名</th><th>英文函数名</th><th>作用</th></tr>\n${rows.join("\n")}\n</table>`;
}

/**
 * Writes functions-zh-cn.json beside the generated functions.json (names shown in Chinese Excel), and
 * help.html (SupportUrl, LearnMoreUrl) with the table of those functions.
 */
class LocalizeFunctionsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizeFunctionsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "LocalizeFunctionsPlugin",
          stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          const generated = compilation.getAsset("functions.json");
          if (!generated) return; // the metadata plugin already reported why
          const dictionaryPath = path.resolve(__dirname, "src/functions/zh-cn.json");
          compilation.fileDependencies.add(dictionaryPath);
          const dictionary = JSON.parse(fs.readFileSync(dictionaryPath, "utf8"));
          const { json, problems } = localizeFunctions(
            generated.source.source().toString(),
            dictionary
          );
          problems.forEach((problem) =>
            compilation.errors.push(new WebpackError(`src/functions/zh-cn.json: ${problem}`))
          );
          compilation.emitAsset("functions-zh-cn.json", new sources.RawSource(json));
          const helpPath = path.resolve(__dirname, "src/taskpane/help.html");
          compilation.fileDependencies.add(helpPath);
          const help = fs
            .readFileSync(helpPath, "utf8")
            .replace(
              "<!-- FUNCTIONS -->",
              functionTable(JSON.parse(generated.source.source().toString()), JSON.parse(json))
            );
          compilation.emitAsset("help.html", new sources.RawSource(help));
        }
      );
    });
  }
}

/** Prints each script's gzip size after a build: the task pane must stay under 350 KB gzip. */
class GzipSizePlugin {
  apply(compiler) {
    let rows = [];
    compiler.hooks.thisCompilation.tap("GzipSizePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "GzipSizePlugin", stage: compilation.constructor.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          const zlib = require("zlib");
          rows = Object.entries(assets)
            .filter(([name]) => name.endsWith(".js") && !name.startsWith("office-js/"))
            .map(([name, source]) => [name, zlib.gzipSync(source.buffer()).length])
            .sort((a, b) => b[1] - a[1]);
        }
      );
    });
    compiler.hooks.done.tap("GzipSizePlugin", () => {
      const total = rows.reduce((sum, [, size]) => sum + size, 0);
      const line = (size, name) => `  gzip ${(size / 1024).toFixed(1).padStart(7)} KB  ${name}`;
      console.log(
        [
          ...rows.map(([name, size]) => line(size, name)),
          line(total, "合计（不含 office-js/）"),
        ].join("\n")
      );
    });
  }
}

/** TypeScript is transpiled only: type-checking is `npm run typecheck`. */
function typescriptRule(sourceMap) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: "ts-loader",
      options: {
        transpileOnly: true,
        compilerOptions: { noEmit: false, module: "es2020", sourceMap },
      },
    },
  };
}

/**
 * The oldest web view the pane must run in: WebKit of Safari 15 (Excel on Mac, macOS 12). It parses
 * ES2021 but not all of ES2022 (class static blocks and regex lookbehind came with Safari 16.4).
 * test/browser/build.test.ts parses every bundle at this level.
 */
const OLDEST_ECMASCRIPT = 2021;

/**
 * Dependencies are transpiled to our own output level too: some ship newer syntax (tabster, under
 * Fluent UI, has class static blocks). TypeScript (already our compiler) lowers JavaScript as well,
 * so no other compiler is needed.
 */
function dependencyRule(sourceMap) {
  return {
    test: /\.[cm]?js$/,
    include: /node_modules/,
    use: {
      loader: "ts-loader",
      options: {
        transpileOnly: true,
        compilerOptions: {
          allowJs: true,
          checkJs: false,
          noEmit: false,
          strict: false,
          alwaysStrict: false,
          target: `es${OLDEST_ECMASCRIPT - 1}`,
          module: "es2020",
          sourceMap,
        },
      },
    },
  };
}

/** Dev certificates: read the files office-addin-dev-certs generated, without its sudo-based installer. */
async function httpsOptions() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  if (Object.values(files).every((file) => fs.existsSync(path.join(dir, file)))) {
    return Object.fromEntries(
      Object.entries(files).map(([k, file]) => [k, fs.readFileSync(path.join(dir, file))])
    );
  }
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = !env.WEBPACK_BUILD && !env.WEBPACK_BUNDLE;
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
    },
    target: ["web", `es${OLDEST_ECMASCRIPT - 1}`],
    output: { clean: true, path: path.resolve(__dirname, "dist") },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        typescriptRule(dev),
        dependencyRule(dev),
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    performance: { maxAssetSize: 2_000_000, maxEntrypointSize: 2_000_000 },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new LocalizeFunctionsPlugin(),
      new GzipSizePlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
        // office.js must load before our bundles and stay a plain <script>.
        scriptLoading: "blocking",
      }),
      new CopyWebpackPlugin({
        patterns: [
          ...officeJsPatterns,
          { from: "assets/*", to: "assets/[name][ext][query]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) =>
              dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd),
          },
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: serving ? await httpsOptions() : undefined },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};

module.exports.typescriptRule = typescriptRule;
module.exports.OLDEST_ECMASCRIPT = OLDEST_ECMASCRIPT;
