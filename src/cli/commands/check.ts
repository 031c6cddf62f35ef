import { Dirent, promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import { checkWorkbook, readTablesOf } from "../../core/app/check";
import { CHECK_SHEET, checkSheetFor, CheckReport } from "../../core/app/checkTables";
import { explainTables, readingSummary } from "../../core/app/explain";
import { UserError } from "../../core/errors";
import type { Finding } from "../../core/rules/evaluate";
import { SEVERITY_LABEL } from "../../core/rules/types";
import type { ReadTables } from "../../core/tables/types";
import { displayWidth } from "../../core/text/width";
import { describeFsError } from "../../export/fsErrors";
import { XlsxFilePort } from "../../xlsx/filePort";
import { checkWritable } from "../../xlsx/file";
import { reportUnkept } from "../keep";
import { Identity, identityOf, priorNote, refusePriorMismatch } from "../prior";
import { visibleGapNote } from "../../core/rules/visible";
import type { Output } from "../output";

export interface CheckArgs {
  json?: boolean;
  prior?: string;
  output?: string;
  force?: boolean;
  jobs?: string;
  /** A profile id: read every file with it instead of detecting one. */
  profile?: string;
  explain?: boolean;
}

/** One file's result: findings, or why it could not be read. */
export interface FileResult {
  file: string;
  department?: string;
  /** The profile the file was read with (detected, or --profile). */
  profile?: string;
  findings?: Finding[];
  rules?: number;
  error?: string;
}

/** juesuan check FILE… : every 勾稽关系 rule; exit 1 when any 错误, 2 when a file cannot be read. */
export async function runCheck(inputs: string[], args: CheckArgs, output: Output): Promise<number> {
  const files = await expandInputs(inputs);
  if (files.length === 0)
    throw new UserError(`「${inputs.join("」「")}」中（含子文件夹）没有找到要校验的 .xlsx 文件`);
  if (args.output && files.length > 1) throw new UserError("-o 只能用于校验单个文件");
  const jobs = parseJobs(args.jobs, output);
  // A copy with the 校验 sheet goes to a new file, never over the workbook checked or the prior one.
  const policy = { force: args.force, inputs: args.prior ? [...files, args.prior] : files };
  if (args.output) await checkWritable(args.output, policy);
  const prior = args.prior ? await priorOf(args.prior, args.profile) : undefined;

  if (files.length === 1) {
    const port = await openChecked(files[0]);
    if (prior) {
      const current = await identityOf(port, port.reader.sheetNames);
      await refusePriorMismatch(files[0], current, prior.file, prior.identity);
      const note = priorNote(current, prior.identity, prior.file);
      if (note) output.info(note);
    }
    const report = await checkWorkbook(port, { prior: prior?.tables, profile: args.profile });
    if (args.output) {
      await port.write([checkSheetFor(report)], { activate: CHECK_SHEET });
      await port.save(args.output, policy);
    }
    if (args.json) output.line(JSON.stringify(report.findings, null, 2));
    else printReport(files[0], report, output, { written: args.output, explain: args.explain });
    if (args.output) await reportUnkept(files[0], args.output, output);
    return report.findings.some((f) => f.severity === "error") ? 1 : 0;
  }

  const results = await checkMany(files, { prior: args.prior, profile: args.profile }, jobs);
  if (args.json) {
    output.line(
      JSON.stringify(
        results.map((r) =>
          r.error
            ? { file: r.file, error: r.error }
            : { file: r.file, profile: r.profile, findings: r.findings }
        ),
        null,
        2
      )
    );
  } else printSummary(results, output);
  if (results.some((r) => r.error)) return 2;
  return results.some((r) => r.findings?.some((f) => f.severity === "error")) ? 1 : 0;
}

/** --jobs: a whole number from 1; more than the machine's cores only costs memory. */
function parseJobs(text: string | undefined, output: Output): number {
  const cores = Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  if (text === undefined) return cores;
  const jobs = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || jobs < 1)
    throw new UserError(`--jobs「${text}」无效：应为正整数（本机有 ${cores} 个 CPU 核）`);
  if (jobs > cores) output.info(`--jobs ${jobs} 超过本机 CPU 核数，按 ${cores} 个并行检查`);
  return Math.min(jobs, cores);
}

/** Workbook-like files a folder may hold; those not .xlsx are reported with the advice to convert. */
const SPREADSHEET = /\.(xlsx|xlsm|xls|et|ods)$/i;

/** Files, and folders walked recursively (a symlinked folder seen before is skipped, so loops end). */
async function expandInputs(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    const real = await fs.realpath(dir).catch(() => dir);
    if (seen.has(real)) return;
    seen.add(real);
    let entries: Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      throw new UserError(`无法读取文件夹「${dir}」：${describeFsError(error)}`);
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.name.startsWith("~$") || entry.name.startsWith(".")) continue;
      const stat = entry.isSymbolicLink() ? await fs.stat(full).catch(() => undefined) : entry;
      if (stat?.isDirectory()) await walk(full);
      else if (stat?.isFile() && SPREADSHEET.test(entry.name)) files.push(full);
    }
  };
  for (const input of inputs) {
    const stat = await fs
      .stat(input)
      .catch((error: NodeJS.ErrnoException) => (error.code === "ENOENT" ? undefined : error));
    if (!stat) throw new UserError(`找不到「${input}」`);
    if (stat instanceof Error)
      throw new UserError(`无法读取「${input}」：${describeFsError(stat)}`);
    if (stat.isDirectory()) await walk(input);
    else files.push(input);
  }
  return files;
}

/** A workbook to check, read from the file; formulas saved without a result are refused. */
function openChecked(file: string): Promise<XlsxFilePort> {
  return XlsxFilePort.open(file, { calculated: "all" });
}

/** Last year's workbook (`--prior`): its tables, and whose and which year's it says it is. */
export interface PriorFile {
  file: string;
  tables: ReadTables;
  identity: Identity;
}

export async function priorOf(file: string, profile?: string): Promise<PriorFile> {
  const port = await openChecked(file);
  const identity = await identityOf(port, port.reader.sheetNames);
  return { file, tables: await readTablesOf(port, profile), identity };
}

/** Checks one file; what cannot be read becomes the file's error, never an exception. */
export async function checkFile(
  file: string,
  prior?: PriorFile,
  profile?: string
): Promise<FileResult> {
  try {
    const port = await openChecked(file);
    if (prior) {
      const identity = await identityOf(port, port.reader.sheetNames);
      await refusePriorMismatch(file, identity, prior.file, prior.identity);
    }
    const report = await checkWorkbook(port, { prior: prior?.tables, profile });
    return {
      file,
      department: departmentOf(report),
      profile: report.profile.id,
      findings: report.findings,
      rules: report.outcomes.length,
    };
  } catch (error) {
    if (error instanceof UserError) return { file, error: error.message };
    return { file, error: "内部错误：程序遇到了意外情况（可单独检查该文件查看详情）" };
  }
}

/** Batch review: the files spread over worker threads, one per core. */
async function checkMany(
  files: string[],
  options: { prior?: string; profile?: string },
  jobs: number
): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length);
  let next = 0;
  const workerFile = path.join(__dirname, `checkWorker${path.extname(__filename)}`);
  const execArgv = __filename.endsWith(".ts") ? ["-r", "ts-node/register/transpile-only"] : [];
  const workers = Array.from({ length: Math.max(1, Math.min(jobs, files.length)) }, () => {
    const worker = new Worker(workerFile, { execArgv, workerData: options });
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

function printReport(
  file: string,
  report: CheckReport,
  output: Output,
  options: { written?: string; explain?: boolean }
): void {
  const { written } = options;
  const c = counts(report.findings);
  output.line(`「${file}」${report.tables.department ? `（${report.tables.department}）` : ""}`);
  output.line(`  模板：${report.profile.name}（${report.profile.id}）`);
  output.line("  读取情况：");
  const reading = options.explain ? explainTables(report.tables) : readingSummary(report.tables);
  for (const line of reading) output.line(`    ${line}`);
  if (report.unchecked.length)
    output.line(`  因缺少数据未校验 ${report.unchecked.length} 条勾稽关系（原因见下方提示）`);
  output.line(
    `  校验 ${report.outcomes.length} 条勾稽关系：错误 ${c.error} 条，警告 ${c.warning} 条，提示 ${c.info} 条`
  );
  for (const severity of ["error", "warning", "info"] as const) {
    for (const f of report.findings.filter((x) => x.severity === severity)) {
      output.line(`  [${SEVERITY_LABEL[f.severity]}] ${f.message}`);
      if (f.cells.length) output.line(`      单元格：${f.cells.join("、")}`);
    }
  }
  const gaps = visibleGapNote(report.findings, "可用 juesuan fill --tail-adjust 调整");
  if (gaps) output.line(`  ${gaps}`);
  output.line(c.error ? "结论：不通过（有错误，须修改后再报送）" : "结论：通过");
  if (written) output.line(`已写入带“${CHECK_SHEET}”表的副本「${written}」`);
}

function printSummary(results: readonly FileResult[], output: Output): void {
  const rows = results.map((r) => {
    if (r.error)
      return [
        path.basename(r.file),
        r.department ?? "",
        "-",
        "-",
        "-",
        "-",
        `无法读取：${r.error}`,
      ];
    const c = counts(r.findings ?? []);
    return [
      path.basename(r.file),
      r.department ?? "",
      r.profile ?? "",
      String(c.error),
      String(c.warning),
      String(c.info),
      c.error ? "不通过" : "通过",
    ];
  });
  const header = ["文件", "部门", "模板", "错误", "警告", "提示", "结论"];
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
