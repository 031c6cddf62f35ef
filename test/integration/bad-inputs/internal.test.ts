// Internal errors: exit 1 (as the README says), one Chinese report with a log file, no stack trace;
// file-system errors that escape a command are said in Chinese with exit 2.
import { existsSync, readFileSync, rmSync } from "fs";
import { reportInternalError } from "../../../src/cli/failure";
import type { Output } from "../../../src/cli/output";
import { describeFsError } from "../../../src/export/fsErrors";

function capture(): { output: Output; lines: string[] } {
  const lines: string[] = [];
  const push = (t: string) => lines.push(t);
  return { output: { line: push, info: push, error: push }, lines };
}

test("an internal error exits 1, said once in Chinese, details in a log file", () => {
  const { output, lines } = capture();
  const code = reportInternalError(new TypeError("Cannot read properties of undefined"), output);
  expect(code).toBe(1);
  const text = lines.join("\n");
  expect(text).toMatch(/^内部错误：/);
  expect(text.match(/内部错误/g)).toHaveLength(1);
  expect(text).not.toMatch(/Cannot read|TypeError|\bat /);
  const log = /「([^」]+\.log)」/.exec(text)?.[1] as string;
  expect(existsSync(log)).toBe(true);
  expect(readFileSync(log, "utf8")).toMatch(/TypeError: Cannot read properties/);
  rmSync(log);
});

test("a file-system error escaping a command is said in Chinese, exit 2", () => {
  const { output, lines } = capture();
  const error = Object.assign(new Error("ELOOP: too many symbolic links encountered, stat 'x'"), {
    code: "ELOOP",
    syscall: "stat",
  });
  expect(reportInternalError(error, output)).toBe(2);
  expect(lines.join("\n")).toBe("错误：无法完成文件操作：路径中的符号链接形成了循环");
});

test.each(["ENOSPC", "EACCES", "EROFS", "EBUSY", "ELOOP", "ENAMETOOLONG", "EXYZ"])(
  "%s is described in Chinese",
  (code) => {
    const text = describeFsError(Object.assign(new Error(`${code}: raw`), { code }));
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text).not.toMatch(/raw/);
  }
);
