// Runs the built CLI (bin/juesuan.js, as a user does) for one bad-input case and observes what a
// user would: exit code, what it printed, the files before and after, time and peak memory.
import { spawn } from "child_process";
import { createHash } from "crypto";
import { existsSync, promises as fs } from "fs";
import * as path from "path";

export const CLI = process.env.JUESUAN_CLI ?? path.resolve(__dirname, "../../../bin/juesuan.js");
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

/** Heap cap for every run: a case that needs more fails (bounded memory). */
export const HEAP_MB = 512;

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** Peak resident memory in MiB, when /usr/bin/time is there to measure it. */
  peakMiB?: number;
  timedOut: boolean;
}

/**
 * Runs `juesuan args…` in `cwd`. With `pipe`, stdout goes through a shell pipeline ("head -1"),
 * and the CLI's own exit code is reported.
 */
export function runCli(
  cwd: string,
  args: readonly string[],
  options: { pipe?: string; timeoutSeconds: number; env?: Record<string, string> }
): Promise<RunResult> {
  const node = [process.execPath, `--max-old-space-size=${HEAP_MB}`, CLI, ...args];
  const timeFile = path.join(cwd, ".time");
  const measured = TIME ? [TIME, "-q", "-f", "%M", "-o", timeFile, ...node] : node;
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const command = options.pipe
    ? [
        "bash",
        "-c",
        `${measured.map(quote).join(" ")} | ${options.pipe} > /dev/null; exit \${PIPESTATUS[0]}`,
      ]
    : measured;
  const start = process.hrtime.bigint();
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), {
      cwd,
      env: { ...process.env, JUESUAN_DEBUG: "", TMPDIR: cwd, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      if (stdout.length < 200_000) stdout += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      if (stderr.length < 200_000) stderr += d.toString();
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-(child.pid as number), "SIGKILL");
      } catch {
        // already gone
      }
    }, options.timeoutSeconds * 1000);
    child.on("close", async (code) => {
      clearTimeout(timer);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const time = await fs.readFile(timeFile, "utf8").catch(() => "");
      await fs.rm(timeFile, { force: true });
      const kib = Number(/(\d+)\s*$/.exec(time)?.[1]);
      resolve({
        code,
        stdout,
        stderr,
        seconds,
        peakMiB: Number.isFinite(kib) && kib > 0 ? Math.round(kib / 1024) : undefined,
        timedOut,
      });
    });
  });
}

/**
 * Runs the CLI's entry in this process, in `cwd` (one at a time: the working folder is global):
 * no Node start-up per case, so the suite stays within CI's time. Process-level behaviour (pipes,
 * memory, hangs) is tested by spawning instead.
 */
export async function runInProcess(cwd: string, args: readonly string[]): Promise<RunResult> {
  const { main } = await import("../../../src/cli/main");
  const out: string[] = [];
  const err: string[] = [];
  const output = {
    line: (t: string) => out.push(t),
    info: (t: string) => err.push(`提示：${t}`),
    error: (t: string) => err.push(t),
  };
  const previous = process.cwd();
  const start = process.hrtime.bigint();
  process.chdir(cwd);
  try {
    const code = await main(["node", "juesuan", ...args], output);
    return {
      code,
      stdout: out.join("\n"),
      stderr: err.join("\n"),
      seconds: Number(process.hrtime.bigint() - start) / 1e9,
      timedOut: false,
    };
  } finally {
    process.chdir(previous);
  }
}

/** Every regular file under `dir` (not following links) with its SHA-256. */
export async function hashes(dir: string): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  const walk = async (d: string) => {
    for (const entry of await fs.readdir(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && entry.name !== ".time") {
        const data = await fs.readFile(full);
        result.set(path.relative(dir, full), createHash("sha256").update(data).digest("hex"));
      }
    }
  };
  await walk(dir);
  return result;
}

/** Runs `tasks` with at most `limit` at a time (the CI machine has two cores). */
export async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, lane));
  return results;
}
