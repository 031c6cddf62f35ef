import { sumFormula } from "../formula/build";
import type { PlannedCell } from "../workbook";
import { a1 } from "../workbook/a1";
import type { TableLayout } from "./layout";

/**
 * The formulas of an empty template: totals add up as a clerk types. In a blank subject region the
 * 合计 line adds the lines whose code has 3 digits (the 类), whatever rows they were typed into.
 */
export function blankTableContent(layout: TableLayout): Map<string, PlannedCell> {
  const content = new Map<string, PlannedCell>();
  const region = layout.regions.find((r) => r.blank);
  for (const cell of layout.amounts) {
    if (cell.sum && cell.sum.length > 0) {
      const parts = cell.sum.map((part) => {
        const target = layout.byId.get(part.id);
        if (!target) throw new Error(`${layout.table.code}：求和引用的单元格「${part.id}」不存在`);
        return { row: target.row, col: target.col, sign: part.sign };
      });
      content.set(cell.id, { formula: sumFormula(parts), result: 0 });
    } else if (region && cell.row === region.totalRow && cell.block === region.block) {
      const codes = `${a1(region.firstRow, region.codeCol)}:${a1(region.lastRow, region.codeCol)}`;
      const values = `${a1(region.firstRow, cell.col)}:${a1(region.lastRow, cell.col)}`;
      content.set(cell.id, { formula: `SUMPRODUCT((LEN(${codes})=3)*${values})`, result: 0 });
    }
  }
  return content;
}
