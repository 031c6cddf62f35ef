import { writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { OverwriteConflict } from "../core/errors";
import { describeFsError, isFsError } from "../export/fsErrors";
import type { Output } from "./output";

/**
 * What the CLI says when something goes wrong that is not the user's input: once, in Chinese, with
 * the details (stack, library text) in a log file rather than on the screen. Exit code 1, as the
 * README states; 2 is for input the user can fix.
 */
export const INTERNAL_ERROR_EXIT = 1;
export const USER_ERROR_EXIT = 2;

/** Reports an unexpected error and returns the exit code. */
export function reportInternalError(error: unknown, output: Output): number {
  if (isFsError(error)) {
    // A file system failure outside the paths we check (temp folder, a folder vanishing mid-run).
    output.error(`错误：无法完成文件操作：${describeFsError(error)}`);
    return USER_ERROR_EXIT;
  }
  const log = writeLog(error);
  output.error("内部错误：程序遇到了意外情况，未能完成。输入文件没有被改动。");
  output.error(
    log ? `详细信息已写入「${log}」，请将该文件反馈给开发者。` : "请将所用命令和文件反馈给开发者。"
  );
  if (process.env.JUESUAN_DEBUG && error instanceof Error) output.error(error.stack ?? "");
  return INTERNAL_ERROR_EXIT;
}

/** The advice the core cannot give: how to confirm on the command line. */
export function overrideHint(error: unknown): string | undefined {
  return error instanceof OverwriteConflict
    ? "确认要覆盖这些工作表时，加 --force 重新执行。"
    : undefined;
}

function writeLog(error: unknown): string | undefined {
  const file = path.join(
    os.tmpdir(),
    `juesuan-error-${new Date().toISOString().replace(/[:.]/g, "-")}-${process.pid}.log`
  );
  const text = [
    `juesuan ${process.argv.slice(2).join(" ")}`,
    `node ${process.version} ${process.platform}`,
    error instanceof Error ? (error.stack ?? error.message) : String(error),
    "",
  ].join("\n");
  try {
    writeFileSync(file, text, { mode: 0o600 });
    return file;
  } catch {
    return undefined;
  }
}

/**
 * Process-level guards for the real CLI (bin/juesuan.js): a reader that closes the pipe early
 * (`juesuan check … | head`) ends the run quietly; an error escaping every handler is reported
 * like any internal error, never as a Node stack trace.
 */
export function guardProcess(output: Output): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  const fatal = (error: unknown) => {
    process.exitCode = reportInternalError(error, output);
    process.exit();
  };
  process.on("uncaughtException", fatal);
  process.on("unhandledRejection", fatal);
}
