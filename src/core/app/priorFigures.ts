import { INPUT_SHEET_NAMES, readInputs } from "../inputs/readInputs";
import type { InputData } from "../inputs/types";
import { Decimal, formatWan, roundHalfUp, wanToYuan } from "../money";
import type { ReadTables } from "../tables/types";
import type { WorkbookPort } from "../workbook";
import { cellLabel } from "../workbook/a1";

/** One 上年决算数 of 预算与上年数 and last year's cell it comes from. */
export interface PriorTake {
  indicator: string;
  code?: string;
  /** 0-based row and column of the 上年决算数 cell in 预算与上年数. */
  row: number;
  col: number;
  /** In 元, as the input sheet holds amounts. */
  value: Decimal;
  /** Last year's cell: "公开01表!C32". */
  from: string;
  /** fill: the cell is blank and takes the figure; kept: the clerk typed a different figure. */
  action: "fill" | "kept";
  typed?: Decimal;
}

/**
 * The 上年决算数 of each 预算与上年数 row found in last year's published tables (`fill --prior`), by the
 * profile's `priorCell` of each 指标. A figure the clerk typed is never replaced: when it differs
 * from last year's table (compared as printed, 万元 to two decimals) it is listed as kept.
 */
export function priorFigures(data: InputData, prior: ReadTables): PriorTake[] {
  const indicators = new Map(data.profile.vocabulary.indicators.map((i) => [i.name, i]));
  const col = data.budgetPrior.columns.index.prior;
  const takes: PriorTake[] = [];
  if (col === undefined) return takes;
  for (const [key, figures] of data.budgetPrior.figures) {
    const [name, code] = key.split("|");
    const cellOf = indicators.get(name)?.priorCell;
    const id = code ? cellOf?.byCode?.replace("{code}", code) : cellOf?.total;
    const cell = id ? prior.cells.get(id) : undefined;
    if (!cell?.at) continue;
    const value = roundHalfUp(wanToYuan(cell.value), 2);
    const from = cellLabel(cell.at.sheet, cell.at.row, cell.at.col);
    const base = { indicator: name, code, row: figures.row, col, value, from };
    if (figures.prior === undefined) {
      takes.push({ ...base, action: "fill" });
      continue;
    }
    const shown = (yuan: Decimal) => formatWan(yuan);
    if (shown(figures.prior) !== shown(value))
      takes.push({ ...base, action: "kept", typed: figures.prior });
  }
  return takes.sort((a, b) => a.row - b.row);
}

/** The takes for the workbook behind `port` (its input sheets): one read. */
export async function priorTakes(port: WorkbookPort, prior: ReadTables): Promise<PriorTake[]> {
  const read = await port.read(INPUT_SHEET_NAMES);
  return priorFigures(readInputs(read, { formulas: false }), prior);
}

/** "一般公共预算财政拨款基本支出（302）": the 指标 of a take, with its 科目 when by code. */
export const priorTakeLabel = (t: PriorTake) => `${t.indicator}${t.code ? `（${t.code}）` : ""}`;
