// The bad-input suite (issue 13): every case runs the built CLI as a user would and must end with
// the expected exit code, a Chinese message naming the place, the inputs unchanged (hashes before
// and after), no partial output, no stack trace or library text, within bounded time and memory.
import { execFileSync } from "child_process";
import { existsSync, promises as fs, statSync } from "fs";
import * as os from "os";
import * as path from "path";
import { Base, makeBase } from "../../helpers/badInputs/fixtures";
import { Case, caseList } from "../../helpers/badInputs/cases";
import { CLI, RunResult, hashes, pool, runCli, runInProcess } from "../../helpers/badInputs/runner";

/** Library or runtime text that must never reach the user. */
const RAW =
  /\n\s+at .+:\d+|node:internal|Error:|TypeError|EPIPE|ENOENT|EACCES|ELOOP|EEXIST|ENOSPC|Corrupted zip|central directory|disallowed character|unmatched|内部错误|\b[A-Za-z]+ [a-z]+ [a-z]+\b/;

let base: Base;
/** BAD_INPUTS_ONLY=regex runs the matching cases only (while working on one). */
const only = process.env.BAD_INPUTS_ONLY ? new RegExp(process.env.BAD_INPUTS_ONLY) : undefined;
const allCases = caseList(() => base);
const cases = only ? allCases.filter((c) => only.test(c.id)) : allCases;
const outcomes = new Map<string, Promise<Outcome>>();
let root: string;

interface Outcome {
  dir: string;
  result: RunResult;
  before: Map<string, string>;
  after: Map<string, string>;
  skipped?: string;
}

beforeAll(async () => {
  buildCliIfStale();
  base = await makeBase();
  root = await fs.mkdtemp(path.join(os.tmpdir(), "juesuan-bad-"));
  // All cases run up front, then each test asserts: in this process one at a time, and the cases
  // that need a process of their own (pipes, memory, hangs) spawned beside them.
  const lane = (spawned: boolean) =>
    cases.flatMap((c, i) =>
      spawnsOwnProcess(c) === spawned
        ? [
            () => {
              const outcome = runCase(c, path.join(root, String(i).padStart(3, "0")));
              outcomes.set(c.id, outcome);
              return outcome.catch(() => undefined);
            },
          ]
        : []
    );
  await Promise.all([pool(lane(false), 1), pool(lane(true), 1)]);
}, 540_000);

afterAll(async () => {
  if (!root) return;
  // Unmount the small file systems of the full-disk cases before removing the folders.
  for (const line of (await fs.readFile("/proc/mounts", "utf8").catch(() => "")).split("\n")) {
    const mount = line.split(" ")[1];
    if (mount?.startsWith(root)) execFileSync("umount", [mount]);
  }
  await fs.rm(root, { recursive: true, force: true });
});

test("the suite has at least 80 generated cases", () => {
  expect(allCases.length).toBeGreaterThanOrEqual(80);
  expect(new Set(allCases.map((c) => c.id)).size).toBe(allCases.length);
});

describe.each(cases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
  test("exit code, message, inputs and outputs", async () => {
    const outcome = await (outcomes.get(c.id) as Promise<Outcome>);
    if (outcome.skipped) {
      console.warn(`跳过「${c.id}」：${outcome.skipped}`);
      return;
    }
    const { result, dir, before, after } = outcome;
    const said = `${result.stdout}\n${result.stderr}`;
    const context = `${c.id}\n--- stdout\n${result.stdout.slice(0, 600)}\n--- stderr\n${result.stderr.slice(0, 600)}`;
    expect({ timedOut: result.timedOut, context }).toEqual({ timedOut: false, context });
    expect(result.seconds).toBeLessThan(c.seconds ?? 60);
    const codes = Array.isArray(c.code) ? c.code : [c.code];
    expect({ code: result.code, context }).toEqual({
      code: codes.includes(result.code as number) ? result.code : codes[0],
      context,
    });
    if (!c.pipe) expect(said).toMatch(/[\u4e00-\u9fff]/);
    expect(said).not.toMatch(RAW);
    if (c.says) expect({ says: c.says.test(said), context }).toEqual({ says: true, context });
    if (c.place)
      expect({ place: said.includes(c.place), context }).toEqual({ place: true, context });
    // Inputs keep their bytes; only the files the case expects to write may change.
    for (const [file, hash] of before) {
      if (!c.changes?.includes(file))
        expect({ file, hash: after.get(file) }).toEqual({ file, hash });
    }
    for (const file of c.absent ?? []) expect(existsSync(path.join(dir, file))).toBe(false);
    // No temporary or partial file left behind.
    const left = [...after.keys()].filter((f) => !before.has(f) && !c.changes?.includes(f));
    expect(left).toEqual([]);
    if (result.peakMiB !== undefined) expect(result.peakMiB).toBeLessThan(1500);
    await c.verify?.(dir, result);
  });
});

async function runCase(c: Case, dir: string): Promise<Outcome> {
  await fs.mkdir(dir, { recursive: true });
  const skipped = c.skip?.();
  if (skipped)
    return {
      dir,
      result: undefined as unknown as RunResult,
      before: new Map(),
      after: new Map(),
      skipped,
    };
  for (const [name, make] of Object.entries(c.files))
    await fs.writeFile(path.join(dir, name), await make());
  try {
    await c.setup?.(dir);
  } catch (error) {
    return {
      dir,
      result: undefined as unknown as RunResult,
      before: new Map(),
      after: new Map(),
      skipped: `本机无法准备：${(error as Error).message.split("\n")[0]}`,
    };
  }
  const before = await hashes(dir);
  const result = spawnsOwnProcess(c)
    ? await runCli(dir, c.args, { pipe: c.pipe, timeoutSeconds: (c.seconds ?? 60) + 30 })
    : await runInProcess(dir, c.args);
  const after = await hashes(dir);
  if (process.env.BAD_INPUTS_TIMINGS) {
    await fs.appendFile(
      process.env.BAD_INPUTS_TIMINGS,
      `${result.seconds.toFixed(1)}\t${result.peakMiB ?? "-"}\t${result.code}\t${c.id}\n`
    );
  }
  return { dir, result, before, after };
}

/** BAD_INPUTS_SPAWN_ALL=1 (with JUESUAN_CLI=…/bin/juesuan.js) runs every case against a build. */
function spawnsOwnProcess(c: Case): boolean {
  return Boolean(c.spawn || c.pipe || process.env.BAD_INPUTS_SPAWN_ALL || process.env.JUESUAN_CLI);
}

/** The suite runs lib/ (what `npm ci` builds); rebuild it when src/ is newer, as in local runs. */
function buildCliIfStale(): void {
  const built = path.resolve(__dirname, "../../../lib/bundle/juesuan.js");
  const newest = (dir: string): number =>
    Math.max(
      0,
      ...require("fs")
        .readdirSync(dir, { withFileTypes: true })
        .map((e: import("fs").Dirent) =>
          e.isDirectory()
            ? newest(path.join(dir, e.name))
            : statSync(path.join(dir, e.name)).mtimeMs
        )
    );
  if (process.env.JUESUAN_CLI) return;
  if (
    existsSync(built) &&
    statSync(built).mtimeMs >= newest(path.resolve(__dirname, "../../../src"))
  )
    return;
  // `npm run build:cli`: tsc to lib/, then the bundle bin/juesuan.js loads (webpack.cli.config.js).
  const root = path.resolve(__dirname, "../../..");
  for (const args of [
    [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
    [require.resolve("webpack-cli/bin/cli.js"), "--config", "webpack.cli.config.js"],
  ])
    execFileSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  void CLI;
}
