import type { TableTemplate } from "../templates/types";
import { cellLabel } from "../workbook/a1";
import type { ReadFinding } from "./types";

/** "公开01表", or "公开01表（表1 收入支出决算总表）" when the sheet has another name. */
export function tablePlace(table: TableTemplate, sheet: string): string {
  return sheet === table.code ? table.code : `${table.code}（${sheet}）`;
}

/** One item of the "tables not found" list: "公开05表（一般公共预算财政拨款支出决算表）". */
export function missingTable(table: TableTemplate, cells: string[]): ReadFinding {
  return {
    kind: "missing-table",
    message: `${table.code}（${table.title}）`,
    tableId: table.id,
    cells,
  };
}

/** One item of the "no 金额单位 printed" list. */
export function unitAssumed(table: TableTemplate, sheet: string): ReadFinding {
  return { kind: "unit-assumed", message: tablePlace(table, sheet), sheet, tableId: table.id };
}

/** A column or line of the table that the sheet does not show: "公开05表未找到「基本支出」列". */
const notFound =
  (kind: "missing-column" | "missing-row", what: "列" | "行") =>
  (table: TableTemplate, sheet: string, caption: string, cells: string[]): ReadFinding => ({
    kind,
    message: `${tablePlace(table, sheet)}未找到「${caption}」${what}`,
    sheet,
    cells,
  });
export const missingColumn = notFound("missing-column", "列");
export const missingRow = notFound("missing-row", "行");

export function unmappedRow(
  table: TableTemplate,
  sheet: string,
  row: number,
  label: string,
  duplicateOf?: number
): ReadFinding {
  const what = label ? `「${label}」` : "（无项目名称）";
  const message =
    duplicateOf === undefined
      ? `${tablePlace(table, sheet)} 第${row + 1}行${what}无法对应到表中的项目`
      : `${tablePlace(table, sheet)} 第${row + 1}行${what}与第${duplicateOf + 1}行重复，未计入`;
  return { kind: "unmapped-row", message, sheet, row };
}

export function badNumber(
  sheet: string,
  row: number,
  col: number,
  text: string,
  cell: string
): ReadFinding {
  return {
    kind: "bad-number",
    message: `${cellLabel(sheet, row, col)}「${text}」不是有效的数字`,
    sheet,
    row,
    col,
    cells: [cell],
  };
}
