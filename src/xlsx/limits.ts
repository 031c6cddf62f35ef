import { UserError } from "../core/errors";
import type { CellValue, SheetSnapshot } from "../core/workbook";
import { cellLabel } from "../core/workbook/a1";

/** Excel keeps at most 32,767 characters in a cell; a longer text is cut or the file will not open. */
export const EXCEL_CELL_TEXT_LIMIT = 32767;

/** Refuses a cell text Excel cannot hold, naming the cell (a 主要原因 pasted with a whole report, say). */
export function checkCellText(
  sheet: string,
  row: number,
  col: number,
  value: CellValue | undefined
) {
  if (typeof value !== "string" || value.length <= EXCEL_CELL_TEXT_LIMIT) return;
  throw new UserError(
    `要写入「${cellLabel(sheet, row, col)}」的文字有 ${value.length} 个字符，超过 Excel 单元格上限 ${EXCEL_CELL_TEXT_LIMIT} 个：` +
      "请精简相应的主要原因或说明文字（每段宜在几百字以内）后再试"
  );
}

/** Refuses sheets holding a text Excel cannot keep (written there by a script), naming the cell. */
export function refuseOverlongTexts(file: string, sheets: readonly SheetSnapshot[]): void {
  for (const sheet of sheets) {
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (typeof value === "string" && value.length > EXCEL_CELL_TEXT_LIMIT) {
          throw new UserError(
            `「${file}」的「${cellLabel(sheet.name, r, c)}」有 ${value.length} 个字符，超过 Excel 单元格上限 ${EXCEL_CELL_TEXT_LIMIT} 个，` +
              "Excel 会截断或无法打开写出的文件：请把这段文字精简到几百字后再试"
          );
        }
      })
    );
  }
}
