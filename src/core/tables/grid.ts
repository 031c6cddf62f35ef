import type { CellRange, CellValue, SheetSnapshot } from "../workbook";

/**
 * Read access to a sheet snapshot that tolerates anything an adapter (or a broken file) may hand
 * over: ragged or missing rows, merges outside the used range, values of unexpected types.
 */
export class Grid {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  /** Sheet row of this grid's row 0: a table sharing its sheet with others is read as a window. */
  readonly offset: number;
  private readonly rows: unknown[][];
  /** For every cell of a merged area (clipped to the used range): the area. */
  private readonly areas = new Map<number, CellRange>();

  constructor(sheet: SheetSnapshot, window?: { top: number; end: number }) {
    this.name = typeof sheet?.name === "string" ? sheet.name : String(sheet?.name ?? "");
    const values: unknown = sheet?.values;
    const all = Array.isArray(values) ? values.map((row) => (Array.isArray(row) ? row : [])) : [];
    this.offset = window ? window.top : 0;
    this.rows = window ? all.slice(window.top, window.end) : all;
    this.rowCount = this.rows.length;
    this.colCount = this.rows.reduce((max: number, row) => Math.max(max, row.length), 0);
    const merges: unknown = sheet?.merges;
    for (const sheetMerge of Array.isArray(merges) ? (merges as CellRange[]) : []) {
      const m = sheetMerge && {
        ...sheetMerge,
        top: sheetMerge.top - this.offset,
        bottom: sheetMerge.bottom - this.offset,
      };
      if (!m || ![m.top, m.left, m.bottom, m.right].every(Number.isInteger)) continue;
      if (m.top < 0 || m.left < 0) continue;
      const area = {
        top: Math.max(0, m.top),
        left: Math.max(0, m.left),
        bottom: Math.min(this.rowCount - 1, m.bottom),
        right: Math.min(this.colCount - 1, m.right),
      };
      if (area.top > area.bottom || area.left > area.right) continue;
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++) this.areas.set(this.key(r, c), m);
    }
  }

  /** The sheet's 0-based row of this grid's row. */
  sheetRow(row: number): number {
    return row + this.offset;
  }

  private key(row: number, col: number): number {
    return row * (this.colCount + 1) + col;
  }

  /** The cell's own value (null for a blank cell or "" text). */
  value(row: number, col: number): CellValue {
    const v = this.rows[row]?.[col];
    if (v === undefined || v === null || v === "") return null;
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
    return String(v);
  }

  /** The merged area the cell belongs to, if any. */
  area(row: number, col: number): CellRange | undefined {
    return this.areas.get(this.key(row, col));
  }

  /** Part of a merged area other than its top-left cell. */
  covered(row: number, col: number): boolean {
    const a = this.area(row, col);
    return Boolean(a && (a.top !== row || a.left !== col));
  }

  /** What the cell shows: a merged area's top-left value in every cell of the area. */
  shown(row: number, col: number): CellValue {
    const a = this.area(row, col);
    return a ? this.value(a.top, a.left) : this.value(row, col);
  }

  /** Columns of the row that hold a value of their own. */
  filled(row: number): number[] {
    const cols: number[] = [];
    const r = this.rows[row] ?? [];
    for (let c = 0; c < r.length; c++) if (this.value(row, c) !== null) cols.push(c);
    return cols;
  }
}
