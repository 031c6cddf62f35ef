import { INPUT_SHEETS, LEDGER_COLUMNS } from "../inputs/sheets";
import { cellText, locateColumns } from "../inputs/table";
import type { Unit } from "../inputs/types";
import { Decimal, parseAmount, yuanToWan, ZERO } from "../money";
import type { WorkbookRead } from "../workbook";

/** Unit types whose 公用经费 is 机关运行经费 (行政单位 and 参照公务员法管理事业单位). */
export const RUNNING_COST_UNIT_TYPES: readonly string[] = ["行政单位", "参照公务员法管理事业单位"];
/** 公用经费's 经济分类 类, as 公开06表 lists them. */
export const PUBLIC_COST_CLASSES: readonly string[] = ["302", "307", "310", "399"];

/**
 * 机关运行经费 as defined (名词解释): the 一般公共预算财政拨款 基本支出 公用经费 of the units whose type
 * is 行政单位 or 参照公务员法管理事业单位, from the 收支明细 lines (万元). Undefined when the workbook
 * has no 收支明细.
 */
export function runningCostFromLedger(
  read: WorkbookRead,
  units: readonly Unit[]
): Decimal | undefined {
  const sheet = read.sheets.find((s) => s.name === INPUT_SHEETS.ledger);
  if (!sheet) return undefined;
  const columns = locateColumns(sheet, LEDGER_COLUMNS, "amount", [], {
    required: ["unit", "kind", "economic", "source", "nature", "amount"],
  });
  if (!columns) return undefined;
  const counted = new Set(
    units.filter((u) => u.type && RUNNING_COST_UNIT_TYPES.includes(u.type)).map((u) => u.name)
  );
  const i = columns.index;
  let total = ZERO;
  for (let r = columns.headerRow + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (!row || !counted.has(cellText(row[i.unit]))) continue;
    if (cellText(row[i.kind]) !== "支出") continue;
    if (cellText(row[i.source]) !== "一般公共预算财政拨款") continue;
    if (cellText(row[i.nature]) !== "基本支出") continue;
    if (!PUBLIC_COST_CLASSES.some((c) => cellText(row[i.economic]).startsWith(c))) continue;
    const amount = parseAmount(row[i.amount] ?? null);
    if (amount.ok) total = total.plus(amount.value);
  }
  return yuanToWan(total);
}
