import { INPUT_SHEETS, SUPPLEMENTARY_COLUMNS } from "../inputs/sheets";
import { captionKey, locatedSheet } from "../inputs/table";
import { YUAN_PER_WAN, ZERO, parseAmount, yuanToWan } from "../money";
import { MONEY_ITEM_NAMES } from "../profiles";
import type { WorkbookRead } from "../workbook";
import type { ReadCell } from "./types";

/** Rule ids for 补充信息 amounts: "补充信息.机关运行经费支出". */
export const supplementaryId = (item: string) => `${INPUT_SHEETS.supplementary}.${item}`;

/**
 * The 补充信息 amounts (元, shown in 万元) as cells the rules can use, when the workbook has that
 * sheet; reviewers' copies often have only the tables, and then there are none.
 */
export function supplementaryCells(read: WorkbookRead): Map<string, ReadCell> {
  const cells = new Map<string, ReadCell>();
  const located = locatedSheet(read, INPUT_SHEETS.supplementary, SUPPLEMENTARY_COLUMNS, "item", [
    "item",
    "value",
  ]);
  if (!located) return cells;
  const { sheet, columns } = located;
  for (let r = columns.headerRow + 1; r < sheet.values.length; r++) {
    const name = captionKey(sheet.values[r]?.[columns.index.item]);
    if (!MONEY_ITEM_NAMES.has(name) || cells.has(supplementaryId(name))) continue;
    const parsed = parseAmount(sheet.values[r]?.[columns.index.value] ?? null);
    cells.set(supplementaryId(name), {
      value: parsed.ok ? yuanToWan(parsed.value) : ZERO,
      at: { sheet: sheet.name, row: r, col: columns.index.value },
      divisor: YUAN_PER_WAN,
    });
  }
  return cells;
}
