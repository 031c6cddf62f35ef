import type { CellRange } from "./plan";

export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export function columnIndex(name: string): number {
  let index = 0;
  for (const ch of name.toUpperCase()) index = index * 26 + (ch.charCodeAt(0) - 64);
  return index - 1;
}

/** "C8" from 0-based coordinates; `absolute` gives "$C$8". */
export function a1(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnName(col)}${d}${row + 1}`;
}

export function rangeA1(range: CellRange): string {
  const start = a1(range.top, range.left);
  return range.top === range.bottom && range.left === range.right
    ? start
    : `${start}:${a1(range.bottom, range.right)}`;
}

/** Parses "C8" or "B2:F10" (optionally with $) into a 0-based range. */
export function parseRange(address: string): CellRange {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(address.replace(/^.*!/, ""));
  if (!match) throw new Error(`无法识别的单元格地址「${address}」`);
  const top = Number(match[2]) - 1;
  const left = columnIndex(match[1]);
  return {
    top,
    left,
    bottom: match[4] ? Number(match[4]) - 1 : top,
    right: match[3] ? columnIndex(match[3]) : left,
  };
}

/** A sheet-qualified reference, always quoted so any sheet name is safe: '公开01表'!C8. */
export function sheetRef(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/** Human form for messages and reports: 公开01表!C8. */
export function cellLabel(sheet: string, row: number, col: number): string {
  return `${sheet}!${a1(row, col)}`;
}
