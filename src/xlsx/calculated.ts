import type ExcelJS from "exceljs";
import { UserError } from "../core/errors";
import { cellLabel } from "../core/workbook/a1";
import { NARRATIVE_SHEET } from "../core/narrative/sheet";
import { CHECK_SHEET } from "../core/rules/sheet";
import { INPUT_SHEET_NAMES } from "../core/inputs/read";
import { META_SHEET, readMetaSheet } from "../core/workbook/meta";
import { snapshotOf } from "./port";

/**
 * Formula cells saved without a result: a script or an app that does not calculate wrote them. The
 * CLI cannot calculate, and reading such a cell as blank (0) would show a wrong total as right, so
 * the file is refused until Excel or WPS has calculated and saved it. (In the add-in Excel calculates.)
 */
const SHOWN = 10;

/** Sheets whose formulas nothing reads: the 校验 and 情况说明 sheets we write, our hidden record. */
const NOT_READ = new Set([META_SHEET, CHECK_SHEET, NARRATIVE_SHEET]);

/**
 * The sheets a command reads: fill only the input sheets (it rebuilds the tables); the others every
 * sheet but our own outputs, and but the blank tables of a workbook never filled, whose formulas
 * sum empty cells (0 is their true value).
 */
function sheetsRead(workbook: ExcelJS.Workbook, scope: "inputs" | "all"): ExcelJS.Worksheet[] {
  if (scope === "inputs")
    return workbook.worksheets.filter((ws) => INPUT_SHEET_NAMES.includes(ws.name));
  const metaSheet = workbook.getWorksheet(META_SHEET);
  const meta = metaSheet ? readMetaSheet(snapshotOf(metaSheet)) : undefined;
  const blank = new Set(meta?.mode === "blank" ? meta.generated.map((g) => g.name) : []);
  return workbook.worksheets.filter((ws) => !NOT_READ.has(ws.name) && !blank.has(ws.name));
}

export function uncalculatedCells(
  workbook: ExcelJS.Workbook,
  scope: "inputs" | "all",
  limit = SHOWN + 1
): string[] {
  const found: string[] = [];
  for (const ws of sheetsRead(workbook, scope)) {
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      if (found.length >= limit) return;
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (found.length >= limit) return;
        const value = cell.value as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue;
        if (!value || typeof value !== "object" || !("formula" in value || "sharedFormula" in value))
          return;
        if (value.result === undefined || value.result === null)
          found.push(cellLabel(ws.name, r - 1, c - 1));
      });
    });
    if (found.length >= limit) break;
  }
  return found;
}

/** Throws when any read formula has no stored result, naming the cells (see uncalculatedCells). */
export function refuseUncalculated(
  workbook: ExcelJS.Workbook,
  file: string,
  scope: "inputs" | "all" = "all"
): void {
  const cells = uncalculatedCells(workbook, scope);
  if (!cells.length) return;
  const shown = cells.slice(0, SHOWN).join("、") + (cells.length > SHOWN ? " 等" : "");
  throw new UserError(
    `「${file}」中有公式没有保存计算结果（${shown}），直接读取会被当作 0，算出错误的数字。` +
      "请用 Excel 或 WPS 打开该文件、等待计算完成后保存，再执行本命令"
  );
}
