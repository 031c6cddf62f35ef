import type { CellRange, CellValue, SheetPlan } from "./plan";

/** One sheet as read: its used range padded to start at A1. */
export interface SheetSnapshot {
  name: string;
  /** Values (cached results for formula cells). */
  values: CellValue[][];
  /** The formula of each cell that has one (invariant syntax, no "="), else null. */
  formulas: (string | null)[][];
  merges: CellRange[];
}

export interface WorkbookRead {
  /** Every sheet name in tab order. */
  sheetNames: string[];
  /** The requested sheets that exist. */
  sheets: SheetSnapshot[];
}

export interface WriteOptions {
  /** Sheets to delete in the same batch. */
  remove?: readonly string[];
  /** Sheet to show when done. */
  activate?: string;
}

/**
 * The only way core touches a workbook. Each call is one batch: one Office.js round trip
 * (`context.sync()`) in Excel, one file read or in-memory update with ExcelJS.
 */
export interface WorkbookPort {
  /** All sheet names, and the used ranges of the named sheets that exist. */
  read(names: readonly string[]): Promise<WorkbookRead>;
  /** Creates or replaces each planned sheet (by name), keeping the others untouched. */
  write(plans: readonly SheetPlan[], options?: WriteOptions): Promise<void>;
}
