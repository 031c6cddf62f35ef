import { a1, columnName, sheetRef } from "../workbook/a1";

/**
 * Small builders for the native formulas we write. Everything is invariant (English) syntax with
 * commas, so the same text works in Excel (any UI language), WPS and LibreOffice.
 */

export interface CellRef {
  /** Sheet name; omitted for a reference within the same sheet. */
  sheet?: string;
  row: number;
  col: number;
}

export interface SignedRef extends CellRef {
  sign: 1 | -1;
}

export function ref(cell: CellRef, absolute = false): string {
  const address = a1(cell.row, cell.col, absolute);
  return cell.sheet ? sheetRef(cell.sheet, address) : address;
}

/** A whole column of another sheet: '收支明细'!$G:$G. */
export function columnRef(sheet: string, col: number): string {
  const name = columnName(col);
  return sheetRef(sheet, `$${name}:$${name}`);
}

/** Σ of signed cells; contiguous positive runs collapse to SUM(C5:C12). */
export function sumFormula(parts: readonly SignedRef[]): string {
  if (parts.length === 0) return "0";
  const positives = parts.every((p) => p.sign === 1);
  if (positives && parts.length > 1 && isContiguous(parts)) {
    const first = parts[0];
    const lastPart = parts[parts.length - 1];
    const range = `${a1(first.row, first.col)}:${a1(lastPart.row, lastPart.col)}`;
    return `SUM(${first.sheet ? sheetRef(first.sheet, range) : range})`;
  }
  if (positives) return `SUM(${parts.map((p) => ref(p)).join(",")})`;
  return parts.map((p, i) => `${p.sign === -1 ? "-" : i === 0 ? "" : "+"}${ref(p)}`).join("");
}

function isContiguous(parts: readonly SignedRef[]): boolean {
  const sameSheet = parts.every((p) => p.sheet === parts[0].sheet);
  const vertical = parts.every((p, i) => p.col === parts[0].col && p.row === parts[0].row + i);
  const horizontal = parts.every((p, i) => p.row === parts[0].row && p.col === parts[0].col + i);
  return sameSheet && (vertical || horizontal);
}

/** A string literal for a formula: doubled quotes. */
export function text(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}
