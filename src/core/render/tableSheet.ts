import { displayWidth } from "../text/width";
import type { TableLayout } from "../templates/layout";
import { CODE_ROW, HEADER_TOP, INFO_ROW, TITLE_ROW } from "../templates/layout";
import type { CellRange, PlannedCell, SheetPlan, StyledRange } from "../workbook";
import { STYLE } from "./styles";

export interface TableSheetInfo {
  /** 部门 line: the department (编制单位) name. */
  department: string;
  unitLabel: string;
}

export interface TableSheetOptions {
  /** Print the table's "no data" sentence under it (公开08表/09表 when all zero). */
  empty?: boolean;
}

/** Renders one laid-out table with the given amount cells (by id) into a print-ready sheet plan. */
export function renderTableSheet(
  layout: TableLayout,
  amounts: ReadonlyMap<string, PlannedCell>,
  info: TableSheetInfo,
  options: TableSheetOptions = {}
): SheetPlan {
  const { table, columnCount, bodyTop, bodyRowCount, noteRow } = layout;
  const last = columnCount - 1;
  const notes = [table.note, options.empty ? table.emptyNote : undefined].filter((n): n is string =>
    Boolean(n)
  );
  const rowCount = noteRow + notes.length;
  const cells: (PlannedCell | null)[][] = Array.from({ length: rowCount }, () =>
    Array<PlannedCell | null>(columnCount).fill(null)
  );
  const merges: CellRange[] = [...layout.merges];
  const styles: StyledRange[] = [];
  const put = (row: number, col: number, cell: PlannedCell) => {
    cells[row][col] = cell;
  };
  const range = (top: number, left: number, bottom = top, right = left): CellRange => ({
    top,
    left,
    bottom,
    right,
  });

  put(TITLE_ROW, 0, { value: table.title });
  merges.push(range(TITLE_ROW, 0, TITLE_ROW, last));
  styles.push({ range: range(TITLE_ROW, 0, TITLE_ROW, last), style: STYLE.title });

  put(CODE_ROW, last, { value: table.code });
  styles.push({ range: range(CODE_ROW, last), style: STYLE.tableCode });

  const infoSplit = Math.max(1, Math.floor(columnCount / 2));
  put(INFO_ROW, 0, { value: `部门：${info.department}` });
  if (infoSplit > 1) merges.push(range(INFO_ROW, 0, INFO_ROW, infoSplit - 1));
  styles.push({ range: range(INFO_ROW, 0), style: STYLE.info });
  put(INFO_ROW, last, { value: `金额单位：${info.unitLabel}` });
  styles.push({ range: range(INFO_ROW, last), style: { ...STYLE.info, horizontal: "right" } });

  const headerBottom = bodyTop - 1;
  styles.push({ range: range(HEADER_TOP, 0, headerBottom, last), style: STYLE.header });
  for (const h of layout.headerCells) {
    put(h.row, h.col, { value: h.label });
    if (h.rowSpan > 1 || h.colSpan > 1)
      merges.push(range(h.row, h.col, h.row + h.rowSpan - 1, h.col + h.colSpan - 1));
  }

  const bodyBottom = bodyTop + bodyRowCount - 1;
  styles.push({ range: range(bodyTop, 0, bodyBottom, last), style: STYLE.body });
  for (const column of layout.columns) {
    const style =
      column.spec.kind === "amount"
        ? column.spec.unit === "count"
          ? STYLE.count
          : STYLE.money
        : column.spec.kind === "lineNo"
          ? STYLE.center
          : column.spec.kind === "code"
            ? { ...STYLE.label, ...STYLE.text }
            : STYLE.label;
    styles.push({ range: range(bodyTop, column.index, bodyBottom, column.index), style });
  }
  for (const c of layout.bodyCells) {
    put(c.row, c.col, { value: c.value });
    if (c.indent) styles.push({ range: range(c.row, c.col), style: { indent: c.indent } });
  }
  for (const row of layout.rows.filter((r) => r.emphasis)) {
    const blockColumns = layout.columns.filter((c) => c.block === row.block);
    styles.push({
      range: range(
        row.row,
        blockColumns[0].index,
        row.row,
        blockColumns[blockColumns.length - 1].index
      ),
      style: STYLE.emphasis,
    });
  }
  for (const cell of layout.amounts) {
    const planned = amounts.get(cell.id);
    if (planned) put(cell.row, cell.col, planned);
  }

  notes.forEach((text, i) => {
    put(noteRow + i, 0, { value: text });
    merges.push(range(noteRow + i, 0, noteRow + i, last));
    styles.push({ range: range(noteRow + i, 0, noteRow + i, last), style: STYLE.note });
  });

  const columnWidths = measureColumns(layout);
  return {
    name: table.code,
    cells,
    merges,
    styles,
    columnWidths,
    rowHeights: rowHeights(layout, columnWidths, notes),
    freeze: { rows: bodyTop, columns: 0 },
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      fitToHeight: Boolean(table.fitOnePage),
      titleRows: { first: TITLE_ROW, last: headerBottom },
      area: range(0, 0, rowCount - 1, last),
      horizontalCentered: true,
    },
  };
}

const AMOUNT_WIDTH = 15;

/** Column widths in characters, as the sheets print them (also the Word tables' proportions). */
export function measureColumns(layout: TableLayout): number[] {
  const widths = layout.columns.map((c): number => {
    switch (c.spec.kind) {
      case "lineNo":
        return 6;
      case "code":
        return 11;
      case "amount":
        return AMOUNT_WIDTH;
      default:
        return 12;
    }
  });
  for (const cell of layout.bodyCells) {
    if (cell.kind === "lineNo" || cell.kind === "code") continue;
    const needed = displayWidth(String(cell.value)) + 2 * (cell.indent ?? 0) + 2;
    widths[cell.col] = Math.max(widths[cell.col], Math.min(needed, 44));
  }
  // A header spanning several columns shares its width; one on a single text column may widen it.
  for (const h of layout.headerCells) {
    if (h.colSpan === 1 && layout.columns[h.col].spec.kind !== "amount") {
      widths[h.col] = Math.max(widths[h.col], Math.min(displayWidth(h.label) + 2, 44));
    }
  }
  return widths;
}

function rowHeights(
  layout: TableLayout,
  widths: number[],
  notes: string[]
): Record<number, number> {
  const lineHeight = 14;
  const heights: Record<number, number> = { [TITLE_ROW]: 32, [CODE_ROW]: 16, [INFO_ROW]: 18 };
  // Wrapped header captions: enough lines for the longest caption of each header row.
  const lines: Record<number, number> = {};
  for (const h of layout.headerCells) {
    const width = widths.slice(h.col, h.col + h.colSpan).reduce((a, b) => a + b, 0);
    const needed = Math.ceil(displayWidth(h.label) / Math.max(1, width - 1)) / h.rowSpan;
    lines[h.row] = Math.max(lines[h.row] ?? 1, Math.ceil(needed));
  }
  for (const [row, count] of Object.entries(lines))
    heights[Number(row)] = Math.max(20, count * lineHeight + 6);
  for (let r = layout.bodyTop; r < layout.bodyTop + layout.bodyRowCount; r++) heights[r] = 18;
  const totalWidth = widths.reduce((a, b) => a + b, 0);
  notes.forEach((text, i) => {
    heights[layout.noteRow + i] = Math.max(18, Math.ceil(displayWidth(text) / totalWidth) * 13 + 5);
  });
  return heights;
}
