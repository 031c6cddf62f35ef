/* eslint-disable no-undef */
// The command line as a handful of files (`npm run build:cli`, after tsc): bin/juesuan.js loads
// lib/bundle/juesuan.js (commander, the option tree, the failure guard) and each command's chunk
// when that command runs. One file per command instead of ~115 modules: Node no longer resolves,
// stats and reads each module and its package scope, which was a third of `juesuan check`'s start.
// Built from src/ (not tsc's lib/, where `import()` is already `require`) so that commands stay lazy.
const path = require("path");

/**
 * Writes the bundle in ASCII, every other character as a \uXXXX escape (the Chinese messages, the
 * subject names): Node then reads each file into a one-byte string instead of decoding UTF-8 into a
 * two-byte one, and V8 compiles it faster (for the check chunk ~15 ms less per run). The escape
 * means the same character in strings, templates, regular expressions, identifiers and comments;
 * the few places where it would not (a template's raw text, a character right after a backslash,
 * a line separator ending a comment) stop the build instead.
 */
class AsciiOnlyPlugin {
  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("AsciiOnlyPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "AsciiOnlyPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE },
        (assets) => {
          for (const name of Object.keys(assets)) {
            const text = assets[name].source().toString();
            const problem = unescapable(text);
            if (problem) {
              compilation.errors.push(new WebpackError(`${name}: ${problem}`));
              continue;
            }
            const ascii = text.replace(
              /[\u0080-\uffff]/g,
              (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
            );
            compilation.updateAsset(name, new sources.RawSource(ascii));
          }
        }
      );
    });
  }
}

/** Why escaping would change the program, if it would. */
function unescapable(text) {
  if (/[\u2028\u2029]/.test(text)) return "U+2028/U+2029 in the source";
  for (const match of text.matchAll(/(\\+)[\u0080-\uffff]/g))
    if (match[1].length % 2 === 1)
      return `a backslash before a non-ASCII character at ${match.index}`;
  // Tagged templates (narrative/pieces.ts's says`…`) see the same cooked text; only `.raw` differs.
  const raw = /\.raw\b/.exec(text);
  return raw ? `a template's raw text read at ${raw.index}` : undefined;
}

// Heavy or native packages are loaded from node_modules as before, and only when needed.
const EXTERNAL = /^(exceljs|jszip|docx|@resvg\/resvg-js|opencc-js)(\/|$)/;

module.exports = {
  mode: "none",
  target: "node20",
  context: __dirname,
  entry: {
    juesuan: "./src/cli/entry.ts",
    // Batch check's worker threads (commands/check.ts finds it beside the check chunk).
    checkWorker: "./src/cli/commands/checkWorker.ts",
  },
  output: {
    path: path.resolve(__dirname, "lib/bundle"),
    filename: "[name].js",
    chunkFilename: "[name].js",
    library: { type: "commonjs2" },
    clean: true,
  },
  resolve: { extensions: [".ts", ".js", ".json"] },
  // __dirname is the bundle's folder, two levels below package.json and samples/ as lib/cli/ is.
  node: { global: false, __dirname: false, __filename: false },
  externals: [
    ({ request }, callback) =>
      EXTERNAL.test(request) && !request.startsWith("exceljs/lib/")
        ? callback(null, `commonjs ${request}`)
        : callback(),
  ],
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: "ts-loader",
        // Type-checking is `npm run typecheck`'s; ES modules let webpack keep import() lazy.
        options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: false } },
      },
    ],
  },
  // One chunk per command: a run loads its command's chunk and nothing else.
  optimization: { minimize: false, splitChunks: false, chunkIds: "named", moduleIds: "named" },
  plugins: [new AsciiOnlyPlugin()],
  devtool: false,
  stats: "errors-warnings",
};
