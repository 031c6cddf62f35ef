/**
 * What core asks an adapter to put into a workbook: whole sheets described as data. The Office.js
 * adapter turns a plan into a handful of batched range writes; the ExcelJS adapter into a file.
 */

export type CellValue = string | number | boolean | null;

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface PlannedCell {
  value?: CellValue;
  /** Invariant (English) syntax, without the leading "=". */
  formula?: string;
  /** The formula's value as core computed it, cached in the file so readers need no recalculation. */
  result?: CellValue;
}

export interface CellStyle {
  font?: { bold?: boolean; size?: number; name?: string; color?: string; italic?: boolean };
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  indent?: number;
  border?: "thin";
  numberFormat?: string;
  /** Background colour as RRGGBB. */
  fill?: string;
  /** Cell accepts user input even when the sheet is protected. */
  unlocked?: boolean;
}

export interface StyledRange {
  range: CellRange;
  style: CellStyle;
}

export interface PrintSetup {
  orientation: "landscape" | "portrait";
  paper: "A4";
  fitToWidth: boolean;
  /** true: the whole sheet on one page; false: as many pages tall as needed. */
  fitToHeight: boolean;
  /** Page footer, e.g. "第 &P 页，共 &N 页" (Excel header/footer codes). */
  footer?: string;
  /** 0-based inclusive rows repeated at the top of every printed page. */
  titleRows?: { first: number; last: number };
  area?: CellRange;
  horizontalCentered?: boolean;
}

export interface ListValidation {
  range: CellRange;
  values: string[];
  prompt?: string;
}

/**
 * A native chart on a sheet (Excel on the desktop and the web; the ExcelJS adapter cannot write
 * charts and leaves them out). Its data is a block of the same sheet: categories down the first
 * column, one series per further column, series names in the first row.
 */
export interface PlannedChart {
  /** Unique on the sheet: a replaced sheet's charts are found and removed by it. */
  name: string;
  title: string;
  kind: "pie" | "bars";
  data: CellRange;
  /** The cells the chart covers. */
  position: CellRange;
  /** What the chart shows, with its figures (alt text where the host supports it). */
  description: string;
}

export interface SheetPlan {
  name: string;
  /** Dense rows from A1; null is an empty cell. */
  cells: (PlannedCell | null)[][];
  merges: CellRange[];
  /** Applied in order; later entries override the properties they set. */
  styles: StyledRange[];
  /** Default style of whole columns (also for cells typed later), from column A. */
  columnStyles?: (CellStyle | null)[];
  /** Excel column widths (in digit widths), from column A. */
  columnWidths: number[];
  rowHeights?: Record<number, number>;
  freeze?: { rows: number; columns: number };
  print?: PrintSetup;
  validations?: ListValidation[];
  visibility?: "visible" | "hidden" | "veryHidden";
  tabColor?: string;
  charts?: PlannedChart[];
}
