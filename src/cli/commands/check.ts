import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import { checkWorkbook, readTablesOf } from "../../core/app/check";
import { CHECK_SHEET, checkSheetFor, CheckReport } from "../../core/app/checkTables";
import { UserError } from "../../core/errors";
import type { Finding } from "../../core/rules/evaluate";
import { SEVERITY_LABEL } from "../../core/rules/types";
import type { ReadTables } from "../../core/tables/types";
import { displayWidth } from "../../core/text/width";
import { ExcelJsPort } from "../../xlsx/port";
import { isVisibleGap } from "../../core/rules/visible";
import { readWorkbookFile, writeWorkbookFile, checkWritable } from "../../xlsx/file";
import type { Output } from "../output";

export interface CheckArgs {
  json?: boolean;
  prior?: string;
  output?: string;
  force?: boolean;
  jobs?: string;
}

/** One file's result: findings, or why it could not be read. */
export interface FileResult {
  file: string;
  department?: string;
  findings?: Finding[];
  rules?: number;
  error?: string;
}

/** juesuan check FILE… : every 勾稽关系 rule; exit 1 when any 错误, 2 when a file cannot be read. */
export async function runCheck(inputs: string[], args: CheckArgs, output: Output): Promise<number> {
  const files = await expandInputs(inputs);
  if (files.length === 0) throw new UserError("没有找到要校验的 .xlsx 文件");
  if (args.output && files.length > 1) throw new UserError("-o 只能用于校验单个文件");
  if (args.output) await checkWritable(args.output, { overwrite: args.force });
  const prior = args.prior
    ? await readTablesOf(new ExcelJsPort(await readWorkbookFile(args.prior)))
    : undefined;

  if (files.length === 1) {
    const workbook = await readWorkbookFile(files[0]);
    const report = await checkWorkbook(new ExcelJsPort(workbook), { prior });
    if (args.output) {
      await new ExcelJsPort(workbook).write([checkSheetFor(report)], { activate: CHECK_SHEET });
      await writeWorkbookFile(workbook, args.output, { overwrite: args.force });
    }
    if (args.json) output.line(JSON.stringify(report.findings, null, 2));
    else printReport(files[0], report, output, args.output);
    return report.findings.some((f) => f.severity === "error") ? 1 : 0;
  }

  const results = await checkMany(files, args.prior, Number(args.jobs) || os.cpus().length);
  if (args.json) {
    output.line(
      JSON.stringify(
        results.map((r) =>
          r.error ? { file: r.file, error: r.error } : { file: r.file, findings: r.findings }
        ),
        null,
        2
      )
    );
  } else printSummary(results, output);
  if (results.some((r) => r.error)) return 2;
  return results.some((r) => r.findings?.some((f) => f.severity === "error")) ? 1 : 0;
}

async function expandInputs(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => undefined);
    if (!stat) throw new UserError(`找不到「${input}」`);
    if (!stat.isDirectory()) {
      files.push(input);
      continue;
    }
    const names = (await fs.readdir(input))
      .filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$"))
      .sort();
    files.push(...names.map((n) => path.join(input, n)));
  }
  return files;
}

/** Checks one file; what cannot be read becomes the file's error, never an exception. */
export async function checkFile(file: string, prior?: ReadTables): Promise<FileResult> {
  try {
    const report = await checkWorkbook(new ExcelJsPort(await readWorkbookFile(file)), { prior });
    return {
      file,
      department: departmentOf(report),
      findings: report.findings,
      rules: report.outcomes.length,
    };
  } catch (error) {
    if (error instanceof UserError) return { file, error: error.message };
    return { file, error: `内部错误：${(error as Error).message}` };
  }
}

/** Batch review: the files spread over worker threads, one per core. */
async function checkMany(
  files: string[],
  prior: string | undefined,
  jobs: number
): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length);
  let next = 0;
  const workerFile = path.join(__dirname, `checkWorker${path.extname(__filename)}`);
  const execArgv = __filename.endsWith(".ts") ? ["-r", "ts-node/register/transpile-only"] : [];
  const workers = Array.from({ length: Math.max(1, Math.min(jobs, files.length)) }, () => {
    const worker = new Worker(workerFile, { execArgv, workerData: { prior } });
    return new Promise<void>((resolve, reject) => {
      const feed = () => {
        if (next >= files.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const index = next++;
        worker.postMessage({ index, file: files[index] });
      };
      worker.on("message", (message: { index: number; result: FileResult } | { ready: true }) => {
        if ("index" in message) results[message.index] = message.result;
        feed();
      });
      worker.on("error", reject);
    });
  });
  await Promise.all(workers);
  return results;
}

function departmentOf(report: CheckReport): string | undefined {
  return report.tables.department;
}

function counts(findings: readonly Finding[]) {
  const n = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  return { error: n("error"), warning: n("warning"), info: n("info") };
}

function printReport(file: string, report: CheckReport, output: Output, written?: string): void {
  const c = counts(report.findings);
  output.line(`「${file}」${report.tables.department ? `（${report.tables.department}）` : ""}`);
  output.line(
    `  校验 ${report.outcomes.length} 条勾稽关系：错误 ${c.error} 条，警告 ${c.warning} 条，提示 ${c.info} 条`
  );
  for (const severity of ["error", "warning", "info"] as const) {
    for (const f of report.findings.filter((x) => x.severity === severity)) {
      output.line(`  [${SEVERITY_LABEL[f.severity]}] ${f.message}`);
      if (f.cells.length) output.line(`      单元格：${f.cells.join("、")}`);
    }
  }
  const gaps = report.findings.filter(isVisibleGap).length;
  if (gaps)
    output.line(
      `  打印的两位小数相加不一致（读者可见的尾差）${gaps} 处：可用 juesuan fill --tail-adjust 调整，或在表下注明尾差`
    );
  output.line(c.error ? "结论：不通过（有错误，须修改后再报送）" : "结论：通过");
  if (written) output.line(`已写入带“${CHECK_SHEET}”表的副本「${written}」`);
}

function printSummary(results: readonly FileResult[], output: Output): void {
  const rows = results.map((r) => {
    if (r.error)
      return [path.basename(r.file), r.department ?? "", "-", "-", "-", `无法读取：${r.error}`];
    const c = counts(r.findings ?? []);
    return [
      path.basename(r.file),
      r.department ?? "",
      String(c.error),
      String(c.warning),
      String(c.info),
      c.error ? "不通过" : "通过",
    ];
  });
  const header = ["文件", "部门", "错误", "警告", "提示", "结论"];
  const widths = header.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i])))
  );
  const pad = (text: string, i: number) => text + " ".repeat(widths[i] - displayWidth(text));
  output.line(header.map(pad).join("  ").trimEnd());
  for (const row of rows) output.line(row.map(pad).join("  ").trimEnd());
  const failed = results.filter((r) => r.findings?.some((f) => f.severity === "error")).length;
  const unreadable = results.filter((r) => r.error).length;
  output.line(
    `共 ${results.length} 个文件：通过 ${results.length - failed - unreadable} 个，不通过 ${failed} 个，无法读取 ${unreadable} 个`
  );
}
