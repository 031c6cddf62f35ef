import type {
  CellRange,
  CellStyle,
  CellValue,
  ListValidation,
  PlannedCell,
  SheetPlan,
  StyledRange,
} from "../workbook";
import { STYLE } from "./styles";

/** Accumulates a sheet plan cell by cell; used for the input, check and narrative sheets. */
export class SheetBuilder {
  private readonly cells: (PlannedCell | null)[][] = [];
  private readonly merges: CellRange[] = [];
  private readonly styles: StyledRange[] = [];
  private readonly validations: ListValidation[] = [];
  private readonly heights: Record<number, number> = {};
  private readonly columnStyles: (CellStyle | null)[] = [];
  private width = 0;

  constructor(readonly name: string) {}

  get rowCount(): number {
    return this.cells.length;
  }

  set(row: number, col: number, cell: PlannedCell | CellValue): this {
    while (this.cells.length <= row) this.cells.push([]);
    const line = this.cells[row];
    while (line.length <= col) line.push(null);
    line[col] = cell !== null && typeof cell === "object" ? cell : { value: cell };
    this.width = Math.max(this.width, col + 1);
    return this;
  }

  /** Writes values left to right from (row, col). */
  row(row: number, col: number, values: readonly (PlannedCell | CellValue)[]): this {
    values.forEach((v, i) => this.set(row, col + i, v));
    return this;
  }

  style(range: CellRange, style: CellStyle): this {
    this.styles.push({ range, style });
    this.width = Math.max(this.width, range.right + 1);
    return this;
  }

  merge(range: CellRange): this {
    this.merges.push(range);
    return this;
  }

  list(range: CellRange, values: readonly string[], prompt?: string): this {
    this.validations.push({ range, values: [...values], prompt });
    return this;
  }

  /** Default style of a whole column, so cells typed later get it too. */
  columnStyle(col: number, style: CellStyle): this {
    while (this.columnStyles.length <= col) this.columnStyles.push(null);
    this.columnStyles[col] = { ...(this.columnStyles[col] ?? {}), ...style };
    return this;
  }

  /** Row 0 the sheet's title, row 1 a hint saying what the sheet is and how it updates. */
  heading(title: string, hint: string, titleStyle: CellStyle = STYLE.title): this {
    return this.set(0, 0, title)
      .style(cellRange(0, 0), titleStyle)
      .set(1, 0, hint)
      .style(cellRange(1, 0), STYLE.hint);
  }

  height(row: number, points: number): this {
    this.heights[row] = points;
    return this;
  }

  build(
    extra: Omit<
      SheetPlan,
      "name" | "cells" | "merges" | "styles" | "validations" | "rowHeights" | "columnStyles"
    >
  ): SheetPlan {
    const cells = this.cells.map((line) => {
      const padded = [...line];
      while (padded.length < this.width) padded.push(null);
      return padded;
    });
    return {
      name: this.name,
      cells,
      merges: this.merges,
      styles: this.styles,
      validations: this.validations,
      rowHeights: this.heights,
      columnStyles: this.columnStyles.length ? this.columnStyles : undefined,
      ...extra,
    };
  }
}

export function cellRange(top: number, left: number, bottom = top, right = left): CellRange {
  return { top, left, bottom, right };
}
