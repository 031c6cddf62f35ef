import { Decimal, YUAN_PER_WAN } from "../money";
import { Grid } from "./grid";
import { normText } from "./normalize";
import type { TableUnit } from "./types";

/** 万元 per unit of a table's figures. */
export const UNIT_IN_WAN: Record<TableUnit, Decimal> = {
  元: new Decimal("0.0001"),
  千元: new Decimal("0.1"),
  万元: new Decimal(1),
  亿元: new Decimal(10000),
};

/** What the 校验 sheet divides a cell by to get 万元. */
export const UNIT_DIVISOR: Record<TableUnit, number> = {
  元: YUAN_PER_WAN,
  千元: 10,
  万元: 1,
  亿元: 0.0001,
};

/** "单位：万元", "金额单位：元", "单位:千元" — alone in a cell or after the department's name. */
const UNIT_LINE = /(?:金额)?单位[:]?(万元|千元|亿元|元)(?![\u4e00-\u9fff])/;
/** A caption such as "金额（元）" or "决算数(万元)". */
const UNIT_CAPTION = /\((?:单位[:]?)?(万元|千元|亿元|元)\)$/;

/** The text of a cell that only states the unit: not a department name. */
export function isUnitText(text: string): boolean {
  return /^(?:金额)?单位[:]?(万元|千元|亿元|元)$/.test(normText(text));
}

/**
 * The 金额单位 a table states: in a line above its header, or in a caption of the header itself.
 * Undefined when none is printed.
 */
export function unitIn(grid: Grid, headerTop: number): TableUnit | undefined {
  const last = Math.min(grid.rowCount - 1, headerTop + 4);
  for (let r = 0; r <= last; r++)
    for (const c of grid.filled(r)) {
      const text = normText(grid.value(r, c));
      const match = (r < headerTop ? UNIT_LINE : UNIT_CAPTION).exec(text) ?? UNIT_LINE.exec(text);
      if (match) return match[1] as TableUnit;
    }
  return undefined;
}
