/* eslint-disable no-undef */
// The command line as a handful of files (`npm run build:cli`, after tsc): bin/juesuan.js loads
// lib/bundle/juesuan.js (commander, the option tree, the failure guard) and each command's chunk
// when that command runs. One file per command instead of ~115 modules: Node no longer resolves,
// stats and reads each module and its package scope, which was a third of `juesuan check`'s start.
// Built from src/ (not tsc's lib/, where `import()` is already `require`) so that commands stay lazy.
const path = require("path");

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
  devtool: false,
  stats: "errors-warnings",
};
