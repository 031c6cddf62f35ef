import type { PlannedCell, SheetPlan } from "../core/workbook";

/**
 * Planned cells as what `Range.formulas` takes: "=" + formula, a constant, or null. Office.js leaves a
 * cell whose entry is null untouched, so on a new or cleared sheet null is an empty cell and costs
 * nothing to send.
 */
export type FormulaInput = string | number | boolean | null;

/**
 * Excel reads a string written through `values`/`formulas` as if it had been typed: "2010301" becomes a
 * number, "1-2" a date, "=A1" a formula, "TRUE" a boolean, "'x" loses its apostrophe. A leading
 * apostrophe makes Excel keep the text as text (it is not part of the value Excel stores or returns).
 * We add it whenever a string could be read as anything else; plain Chinese text goes as is.
 */
export function needsTextPrefix(text: string): boolean {
  return (
    /^[=+\-@#']/.test(text) || /[0-9\uFF10-\uFF19]/.test(text) || /^\s*(true|false)\s*$/i.test(text)
  );
}

/** What to assign to one cell. The cached `result` is not sent: Excel computes formulas itself. */
export function formulaInput(cell: PlannedCell | null | undefined): FormulaInput {
  if (!cell) return null;
  if (cell.formula !== undefined) return `=${cell.formula}`;
  const value = cell.value;
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "string") return needsTextPrefix(value) ? `'${value}` : value;
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  return value;
}

export interface CellGrid {
  /** Rows from row 1 down to the last row with anything in it, each `width` entries long. */
  rows: FormulaInput[][];
  width: number;
}

/** The plan's cells as one rectangle from A1 covering every non-empty cell. */
export function cellGrid(plan: SheetPlan): CellGrid {
  const rows = plan.cells.map((row) => row.map(formulaInput));
  let height = rows.length;
  while (height > 0 && rows[height - 1].every((v) => v === null)) height--;
  let width = 0;
  for (let r = 0; r < height; r++) {
    let w = rows[r].length;
    while (w > 0 && rows[r][w - 1] === null) w--;
    width = Math.max(width, w);
  }
  const grid = rows.slice(0, height).map((row) => {
    const padded = row.slice(0, width);
    while (padded.length < width) padded.push(null);
    return padded;
  });
  return { rows: width ? grid : [], width };
}

/** Bytes of a string in UTF-8, the encoding of the request body. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Size of a value as JSON in a request body. */
export function jsonBytes(value: unknown): number {
  try {
    const json = JSON.stringify(value);
    return json === undefined ? 0 : utf8Length(json);
  } catch {
    return 0;
  }
}
