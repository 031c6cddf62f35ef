import ExcelJS from "exceljs";
import { insertTemplates } from "../../core/app/templates";
import { UserError } from "../../core/errors";
import { requireProfile } from "../../core/profiles";
import { catalogsFor } from "../../core/subjects";
import { ExcelJsPort } from "../../xlsx/port";
import { checkWritable, writeWorkbookFile } from "../../xlsx/file";
import { parseDepartment, parseUnit, parseYear, resolveProfile } from "../options";
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
  await checkWritable(out, { overwrite: args.force });

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "juesuan";
  const result = await insertTemplates(new ExcelJsPort(workbook), {
    department,
    year,
    units,
    profile,
    catalogs,
    version: packageVersion(),
  });
  await writeWorkbookFile(workbook, out, { overwrite: args.force });
  output.line(`已生成「${out}」`);
  output.line(`  公开表：${result.tables.join("、")}（${profile.name}）`);
  output.line(`  输入表：${result.inputsWritten.join("、")}`);
  output.line(
    `下一步：在“基础信息”核对部门与单位，在“收支明细”等输入表中填写数据，然后运行 juesuan fill。`
  );
  return 0;
}
