import { UserError } from "../core/errors";
import type { CellValue } from "../core/workbook";
import { cellLabel } from "../core/workbook/a1";

/** Excel keeps at most 32,767 characters in a cell; a longer text is cut or the file will not open. */
export const EXCEL_CELL_TEXT_LIMIT = 32767;

/** Refuses a cell text Excel cannot hold, naming the cell (a 主要原因 pasted with a whole report, say). */
export function checkCellText(sheet: string, row: number, col: number, value: CellValue | undefined) {
  if (typeof value !== "string" || value.length <= EXCEL_CELL_TEXT_LIMIT) return;
  throw new UserError(
    `要写入「${cellLabel(sheet, row, col)}」的文字有 ${value.length} 个字符，超过 Excel 单元格上限 ${EXCEL_CELL_TEXT_LIMIT} 个：` +
      "请精简相应的主要原因或说明文字（每段宜在几百字以内）后再试"
  );
}
