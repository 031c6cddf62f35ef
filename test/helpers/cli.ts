import { main } from "../../src/cli/main";
import type { Output } from "../../src/cli/output";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process (from source) and captures what it prints. */
export async function runCli(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const output: Output = {
    line: (t) => out.push(t),
    info: (t) => err.push(`提示：${t}`),
    error: (t) => err.push(t),
  };
  const code = await main(["node", "juesuan", ...args], output);
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}
