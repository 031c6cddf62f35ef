// Shared by the bench scripts: wall and CPU time of a run, in-process or of a child CLI process.
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";

export interface Usage {
  seconds: number;
  cpuSeconds: number;
  maxRssMiB: number;
}

/** Times `work` in this process (CPU time counts every thread, zlib's included). */
export async function measure<T>(work: () => Promise<T>): Promise<Usage & { result: T }> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const result = await work();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  return {
    result,
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

export const CLI = path.resolve(__dirname, "../bin/juesuan.js");

/** Runs the built CLI (lib/) as a user would, with its CPU time and peak memory. */
export function runCli(args: string[]): Usage & { code: number; stdout: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "juesuan-usage-"));
  const usageFile = path.join(dir, "usage.json");
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["-r", path.join(__dirname, "usage.js"), CLI, ...args], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
    env: { ...process.env, JUESUAN_BENCH_USAGE: usageFile },
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const usage = JSON.parse(readFileSync(usageFile, "utf8"));
  rmSync(dir, { recursive: true, force: true });
  if (run.status === 2) throw new Error(`juesuan ${args.join(" ")}: ${run.stderr}`);
  return { seconds, ...usage, code: run.status ?? -1, stdout: run.stdout };
}

/** Node itself starting and exiting, for scale. */
export function nodeStartup(): Usage {
  const dir = mkdtempSync(path.join(os.tmpdir(), "juesuan-usage-"));
  const usageFile = path.join(dir, "usage.json");
  const start = process.hrtime.bigint();
  spawnSync(process.execPath, ["-r", path.join(__dirname, "usage.js"), "-e", ""], {
    env: { ...process.env, JUESUAN_BENCH_USAGE: usageFile },
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const usage = JSON.parse(readFileSync(usageFile, "utf8"));
  rmSync(dir, { recursive: true, force: true });
  return { seconds, ...usage };
}

/** The fastest of `n` runs (least disturbed by other work on the machine). */
export function best<T extends Usage>(n: number, run: () => T): T {
  let out = run();
  for (let i = 1; i < n; i++) {
    const next = run();
    if (next.seconds < out.seconds) out = next;
  }
  return out;
}
