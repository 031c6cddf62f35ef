/* global Excel */
import { parseRange, rangeA1 } from "../core/workbook/a1";

/**
 * The few Office.js calls the pane makes itself; everything that reads or writes the workbook goes
 * through OfficeWorkbookPort (src/excel/port.ts).
 */

/** Splits "公开01表!C8" into sheet and address (sheet names may contain "!" only before the last). */
export function splitCell(label: string): { sheet: string; address: string } | undefined {
  const at = label.lastIndexOf("!");
  if (at <= 0 || at === label.length - 1) return undefined;
  return { sheet: label.slice(0, at).replace(/^'(.*)'$/, "$1"), address: label.slice(at + 1) };
}

export interface CellSelection {
  sheet: string;
  /** The cells of the finding on that sheet, as named. */
  addresses: string[];
  /** The smallest range that encloses them: what is selected. */
  enclosing: string;
  /** Cells the finding names on other sheets (not selectable together). */
  elsewhere: string[];
}

/**
 * What to select for a finding: on the sheet of its first cell, the smallest range enclosing all its
 * cells there. Selecting several separate areas (RangeAreas.select) is ExcelApi 1.18 and missing from
 * the office.js we ship, so one rectangular range (Range.select, ExcelApi 1.1) is selected instead.
 */
export function selectionOf(cells: readonly string[]): CellSelection | undefined {
  const parsed = cells.map(splitCell).filter((c) => c !== undefined);
  if (!parsed.length) return undefined;
  const sheet = parsed[0].sheet;
  const addresses = [...new Set(parsed.filter((c) => c.sheet === sheet).map((c) => c.address))];
  const elsewhere = [
    ...new Set(parsed.filter((c) => c.sheet !== sheet).map((c) => `${c.sheet}!${c.address}`)),
  ];
  let box;
  try {
    box = addresses.map(parseRange).reduce((a, b) => ({
      top: Math.min(a.top, b.top),
      left: Math.min(a.left, b.left),
      bottom: Math.max(a.bottom, b.bottom),
      right: Math.max(a.right, b.right),
    }));
  } catch {
    return { sheet, addresses, enclosing: addresses[0], elsewhere };
  }
  return { sheet, addresses, enclosing: rangeA1(box), elsewhere };
}

/** What the pane says after selecting: which cells the finding names, when more than one. */
export function selectionNote(target: CellSelection): string | undefined {
  if (target.addresses.length <= 1 && !target.elsewhere.length) return undefined;
  const parts = [`已在“${target.sheet}”选中 ${target.enclosing}`];
  if (target.addresses.length > 1) parts.push(`本条涉及其中的 ${target.addresses.join("、")}`);
  if (target.elsewhere.length) parts.push(`另涉及 ${target.elsewhere.join("、")}`);
  return `${parts.join("；")}。`;
}

/**
 * Shows the cells of a finding in Excel: activates the sheet of the first cell and selects the range
 * enclosing its cells there. One round trip. Returns the note for the pane (see `selectionNote`).
 */
export async function selectCells(cells: readonly string[]): Promise<string | undefined> {
  const target = selectionOf(cells);
  if (!target) return undefined;
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(target.sheet);
    ws.activate();
    ws.getRange(target.enclosing).select();
    await context.sync();
  });
  return selectionNote(target);
}

export interface CellWrite {
  /** 0-based. */
  row: number;
  col: number;
  value: number;
}

/**
 * Writes numbers into cells of an input sheet (上年决算数 from last year's workbook). Unless
 * `overwrite` (the clerk confirmed), a cell that is no longer blank when written — typed since it
 * was read — is left alone. Two round trips: read the cells, then write. Returns the cells written.
 */
export async function writeCells(
  sheet: string,
  cells: readonly CellWrite[],
  overwrite = false
): Promise<CellWrite[]> {
  if (!cells.length) return [];
  return Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const ranges = cells.map((c) => ws.getRangeByIndexes(c.row, c.col, 1, 1).load("values"));
    await context.sync();
    const written = cells.filter((_c, i) => overwrite || ranges[i].values[0][0] === "");
    written.forEach((c) => (ws.getRangeByIndexes(c.row, c.col, 1, 1).values = [[c.value]]));
    await context.sync();
    return written;
  });
}
