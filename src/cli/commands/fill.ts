import { readTablesOf } from "../../core/app/check";
import { fillTables, FillResult } from "../../core/app/fill";
import { priorFigures, PriorTake } from "../../core/app/priorFigures";
import { INPUT_SHEET_NAMES, readInputs } from "../../core/inputs/readInputs";
import { INPUT_SHEETS } from "../../core/inputs/sheets";
import { UserError } from "../../core/errors";
import { Decimal, formatFixed, formatWan } from "../../core/money";
import type { WorkbookPort } from "../../core/workbook";
import { XlsxFilePort } from "../../xlsx/filePort";
import { checkWritable } from "../../xlsx/file";
import { reportUnkept } from "../keep";
import { packageVersion } from "../version";
import type { Output } from "../output";

export interface FillArgs {
  output?: string;
  values?: boolean;
  tailAdjust?: boolean;
  force?: boolean;
  /** Last year's workbook: its tables give the blank 上年决算数 of 预算与上年数. */
  prior?: string;
}

/** juesuan fill IN.xlsx -o OUT.xlsx: the ten tables computed from the input sheets. */
export async function runFill(input: string, args: FillArgs, output: Output): Promise<number> {
  if (!args.output) throw new UserError("缺少输出文件：请用 -o 指定，如 -o 决算公开-已填报.xlsx");
  // The CLI rewrites the whole file: never over the input, where ExcelJS could drop a chart.
  const policy = { force: args.force, inputs: args.prior ? [input, args.prior] : [input] };
  await checkWritable(args.output, policy);
  // Read straight from the file; the ledger's rows are copied to the output, never loaded by ExcelJS.
  // Inputs must hold calculated results and texts Excel can keep: the output copies them.
  const port = await XlsxFilePort.open(input, { calculated: "inputs", textLimit: true });
  if (args.prior) await takePriorFigures(port, args.prior, output);
  const result = await fillFile(port, args);
  await port.save(args.output, policy);
  report(result, args.output, output);
  await reportUnkept(input, args.output, output);
  return 0;
}

/**
 * fill --prior: the blank 上年决算数 cells of 预算与上年数 take last year's published figures (written
 * into the copy being filled); figures the clerk typed stay, and differences are listed.
 */
async function takePriorFigures(
  port: XlsxFilePort,
  priorFile: string,
  output: Output
): Promise<PriorTake[]> {
  const prior = await readTablesOf(await XlsxFilePort.open(priorFile, { calculated: "all" }));
  const read = await port.read(INPUT_SHEET_NAMES);
  const takes = priorFigures(readInputs(read, { formulas: false }), prior);
  // Written into the workbook being filled (loaded in full: a rare option), so fill reads them too.
  const sheet = (await port.workbook()).getWorksheet(INPUT_SHEETS.budgetPrior);
  const label = (t: PriorTake) => `${t.indicator}${t.code ? `（${t.code}）` : ""}`;
  const wan = (yuan: Decimal) => formatWan(yuan, { grouping: true });
  const filled = takes.filter((t) => t.action === "fill");
  for (const t of filled) sheet!.getCell(t.row + 1, t.col + 1).value = t.value.toNumber();
  output.line(`上年决算数：从「${priorFile}」取得 ${filled.length} 项`);
  for (const t of filled) output.line(`  ${label(t)} ${wan(t.value)} 万元 ← ${t.from}`);
  for (const t of takes.filter((x) => x.action === "kept")) {
    output.error(
      `提示：${label(t)}的上年决算数已填 ${wan(t.typed!)} 万元，与上年表 ${t.from} 的 ${wan(t.value)} 万元不同，未改动（请核对）`
    );
  }
  return takes;
}

export async function fillFile(
  port: WorkbookPort,
  args: Pick<FillArgs, "values" | "tailAdjust" | "force">
): Promise<FillResult> {
  return fillTables(port, {
    mode: args.values ? "values" : "formulas",
    tailAdjust: args.tailAdjust ? true : undefined,
    overwrite: args.force,
    version: packageVersion(),
  });
}

export function report(result: FillResult, file: string, output: Output): void {
  result.notes.forEach((note) => output.info(note));
  result.warnings.forEach((warning) => output.error(`警告：${warning}`));
  const shown = (id: string) =>
    formatFixed(result.displayed.get(id) ?? result.computed.values.get(id)!, { grouping: true });
  output.line(
    `已填报「${file}」（${result.mode === "formulas" ? "公式，随明细自动更新" : "数值"}）`
  );
  output.line(
    `  ${result.data.basics.department} ${result.data.basics.year}年度，合并 ${result.data.basics.units.length} 个单位，收支明细 ${result.data.ledger.lineCount} 行`
  );
  output.line(
    `  收入总计 ${shown("T01.收入总计")} 万元，本年收入合计 ${shown("T01.本年收入合计")} 万元`
  );
  output.line(
    `  支出总计 ${shown("T01.支出总计")} 万元，本年支出合计 ${shown("T01.本年支出合计")} 万元`
  );
  const empty = result.profile.tables
    .filter((t) => result.computed.empty.has(t.id))
    .map((t) => t.code);
  if (empty.length) output.line(`  无数据的表：${empty.join("、")}（已注明“本表无数据”）`);
}
