import { UserError } from "../core/errors";
import type { ReadTables } from "../core/tables/types";
import { META_SHEET, readMetaSheet } from "../core/workbook/meta";
import type { WorkbookPort } from "../core/workbook";

/**
 * Tables never filled read as all zeros: a narrative "收入总计0.00万元 … 下降100.00%" or a lint
 * comparing every figure with 0. Commands that use the figures refuse such a workbook instead.
 */
const TOTALS = ["T01.收入总计", "T01.支出总计"];

export async function refuseUnfilled(
  port: WorkbookPort,
  file: string,
  tables: ReadTables
): Promise<void> {
  const read = await port.read([META_SHEET]);
  const meta = readMetaSheet(read.sheets.find((s) => s.name === META_SHEET));
  if (meta?.mode === "blank") {
    throw new UserError(
      `「${file}」中的公开表还没有填报（是 juesuan init 生成的空白表）：请先在输入表中填好数据，执行 juesuan fill，再用填报结果文件`
    );
  }
  const totals = TOTALS.map((id) => tables.cells.get(id));
  if (totals.every((cell) => !cell?.at || cell.value.isZero())) {
    throw new UserError(
      `「${file}」的公开01表中收入总计、支出总计都是空白或 0：表格可能还没有填报，无法据此生成或核对情况说明。请先填报公开表`
    );
  }
}
