import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import { insertTemplates } from "../../core/app/templates";
import { UserError } from "../../core/errors";
import { requireProfile } from "../../core/profiles";
import { catalogsFor } from "../../core/subjects";
import { ExcelJsPort } from "../../xlsx/port";
import { checkWritable, readWorkbookFile, writeWorkbookFile } from "../../xlsx/file";
import { unkeptPartsOfFile } from "../../xlsx/keep";
import { parseDepartment, parseUnit, parseYear, resolveProfile } from "../options";
import { identityOf } from "../prior";
import { packageVersion } from "../version";
import type { Output } from "../output";

export interface InitArgs {
  dept?: string;
  year?: string;
  unit?: string[];
  profile?: string;
  province?: string;
  force?: boolean;
}

/**
 * juesuan init OUT.xlsx --dept 名称 --year 2021 [--profile ID | --province 江西]: the format's empty
 * tables and the input sheets. Nothing is written when no format covers the province and year.
 */
export async function runInit(out: string, args: InitArgs, output: Output): Promise<number> {
  const department = parseDepartment(args.dept);
  if (!args.year && !args.profile)
    throw new UserError("缺少决算年度：请用 --year 指定（或用 --profile 指定公开表格式）");
  const year = args.year ? parseYear(args.year) : requireProfile(args.profile ?? "").years.to;
  const profile = resolveProfile(args, year);
  const catalogs = catalogsFor(year);
  const units = (args.unit?.length ? args.unit : [department]).map(parseUnit);
  const names = units.map((u) => u.name);
  const repeated = names.filter((name, i) => names.indexOf(name) !== i);
  if (repeated.length) {
    throw new UserError(
      `--unit 中单位「${[...new Set(repeated)].join("、")}」重复：每个单位只能列一次`
    );
  }
  await checkWritable(out, { force: args.force });

  const workbook = await existingWorkbook(out, args.force);
  const target = workbook ?? new ExcelJS.Workbook();
  const kept = workbook
    ? await identityOf(
        new ExcelJsPort(target),
        target.worksheets.map((ws) => ws.name)
      )
    : undefined;
  target.creator ||= "juesuan";
  const result = await insertTemplates(new ExcelJsPort(target), {
    department,
    year,
    units,
    profile,
    catalogs,
    version: packageVersion(),
    overwrite: Boolean(workbook),
  });
  await writeWorkbookFile(target, out, { force: args.force });
  output.line(`已生成「${out}」`);
  output.line(`  公开表：${result.tables.join("、")}（${profile.name}）`);
  if (result.inputsWritten.length) output.line(`  输入表：${result.inputsWritten.join("、")}`);
  if (result.inputsKept.length) {
    output.line(`  原有输入表原样保留：${result.inputsKept.join("、")}（其中填写的内容未改动）`);
    if (kept?.department && kept.department !== department)
      output.info(`“基础信息”中的部门名称仍为「${kept.department}」，与 --dept 不同，请核对`);
    if (kept?.year && kept.year !== year)
      output.info(`“基础信息”中的决算年度仍为 ${kept.year}，与 --year 不同，请核对`);
  }
  output.line(
    `下一步：在“基础信息”核对部门与单位，在“收支明细”等输入表中填写数据，然后运行 juesuan fill。`
  );
  return 0;
}

/**
 * init --force over an existing workbook: the tables are regenerated inside it, so its input sheets
 * and everything else in it stay. A workbook holding what the CLI cannot write back is refused.
 */
async function existingWorkbook(
  file: string,
  force: boolean | undefined
): Promise<ExcelJS.Workbook | undefined> {
  if (!force || !(await fs.stat(file).catch(() => undefined))) return undefined;
  const lost = await unkeptPartsOfFile(file).catch(() => []);
  if (lost.length) {
    throw new UserError(
      `「${file}」中有${lost.join("、")}，命令行工具改写该文件会丢失它们，因此没有改动：` +
        "请换一个文件名生成新的模板，或在 Excel 加载项中插入模板"
    );
  }
  return readWorkbookFile(file);
}
