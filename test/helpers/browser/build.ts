import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";

/**
 * The production build of the add-in (as `npm run build` makes it) plus the browser test host,
 * built once and shared: by the test files of one Jest run (they run in parallel workers) and by
 * later runs while the sources are unchanged. The folder is named by a hash of everything the build
 * reads; a lock folder makes concurrent callers wait for the one that builds.
 */

const root = path.resolve(__dirname, "../../..");

export interface AddinBuild {
  /** The dist/ folder. */
  dist: string;
  /** The test host script (test/helpers/browser/host.ts bundled for the browser). */
  host: string;
  /** Files the task pane loads: its entry files and the chunks it loads on demand. */
  taskpane: { initial: string[]; async: string[] };
}

const INPUTS = [
  "src",
  "assets",
  "samples/jingdezhen-2021.json",
  "test/helpers/browser/host.ts",
  "test/helpers/fakeExcel.ts",
  "webpack.config.js",
  "scripts/localize-functions.js",
  "manifest.xml",
  "package-lock.json",
  "tsconfig.json",
];

function listFiles(entry: string): string[] {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [entry];
  return fs
    .readdirSync(full)
    .sort()
    .flatMap((name) => listFiles(path.join(entry, name)));
}

function sourceHash(): string {
  const hash = createHash("sha1");
  for (const file of INPUTS.flatMap(listFiles)) {
    hash.update(file);
    hash.update(fs.readFileSync(path.join(root, file)));
  }
  hash.update(process.env.JUESUAN_URL ?? "");
  return hash.digest("hex").slice(0, 16);
}

function compile(config: webpack.Configuration): Promise<webpack.Stats> {
  return new Promise((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error || !stats) return reject(error ?? new Error("webpack gave no stats"));
      const errors = stats.compilation.errors.map((e) => e.message);
      if (errors.length) return reject(new Error(`webpack:\n${errors.join("\n")}`));
      resolve(stats);
    })
  );
}

async function buildInto(out: string): Promise<void> {
  const configFactory = require(path.join(root, "webpack.config.js"));
  const config = await configFactory({ WEBPACK_BUILD: true }, { mode: "production" });
  config.output.path = out;
  config.context = root;
  const stats = await compile(config);

  const entry = stats.compilation.entrypoints.get("taskpane");
  if (!entry) throw new Error("no taskpane entry point");
  const initial = entry.getFiles().filter((f) => f.endsWith(".js"));
  const async = new Set<string>();
  for (const chunk of entry.chunks)
    for (const other of chunk.getAllAsyncChunks())
      for (const file of other.files) if (file.endsWith(".js")) async.add(file);
  const taskpane = { initial, async: [...async].sort() };
  fs.writeFileSync(path.join(out, "taskpane-files.json"), JSON.stringify(taskpane));

  await compile({
    mode: "production",
    context: root,
    target: "web",
    devtool: false,
    entry: path.join(root, "test/helpers/browser/host.ts"),
    output: { path: path.join(out, "__test__"), filename: "host.js", iife: true },
    optimization: { minimize: false },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [require(path.join(root, "webpack.config.js")).typescriptRule(false)],
    },
    performance: { hints: false },
  });
}

const processAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let pending: Promise<AddinBuild> | undefined;

/** The shared build; builds it first if no finished one matches the current sources. */
export function addinBuild(): Promise<AddinBuild> {
  pending ??= obtain();
  return pending;
}

async function obtain(): Promise<AddinBuild> {
  const dir = path.join(os.tmpdir(), `juesuan-addin-${sourceHash()}`);
  const done = path.join(dir, ".done");
  const lock = `${dir}.lock`;
  const result = (): AddinBuild => ({
    dist: dir,
    host: path.join(dir, "__test__", "host.js"),
    taskpane: JSON.parse(fs.readFileSync(path.join(dir, "taskpane-files.json"), "utf8")),
  });
  const deadline = Date.now() + 15 * 60_000;
  while (!fs.existsSync(done)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for the build in ${dir}`);
    try {
      fs.mkdirSync(lock);
    } catch {
      // Someone else is building: wait, unless they died.
      const owner = Number(readOr(path.join(lock, "pid"), "0"));
      if (owner && !processAlive(owner)) fs.rmSync(lock, { recursive: true, force: true });
      await sleep(500);
      continue;
    }
    fs.writeFileSync(path.join(lock, "pid"), String(process.pid));
    try {
      if (!fs.existsSync(done)) {
        const staging = `${dir}.tmp-${process.pid}`;
        fs.rmSync(staging, { recursive: true, force: true });
        try {
          await buildInto(staging);
        } catch (error) {
          fs.rmSync(staging, { recursive: true, force: true });
          throw error;
        }
        fs.writeFileSync(path.join(staging, ".done"), new Date().toISOString());
        fs.rmSync(dir, { recursive: true, force: true });
        fs.renameSync(staging, dir);
        pruneOldBuilds(dir);
      }
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
  return result();
}

function readOr(file: string, fallback: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return fallback;
  }
}

/** Builds of older sources (finished more than an hour ago) are removed. */
function pruneOldBuilds(keep: string): void {
  const tmp = os.tmpdir();
  for (const name of fs.readdirSync(tmp)) {
    if (!/^juesuan-addin-[0-9a-f]{16}$/.test(name)) continue;
    const dir = path.join(tmp, name);
    if (dir === keep) continue;
    try {
      if (Date.now() - fs.statSync(path.join(dir, ".done")).mtimeMs > 3600_000)
        fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // not finished, or being removed by another run
    }
  }
}
