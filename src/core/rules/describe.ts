import type { AmountCell, LaidRow, TableLayout } from "../templates/layout";

const rowIndex = new WeakMap<TableLayout, Map<string, LaidRow>>();

function laidRow(layout: TableLayout, cell: AmountCell): LaidRow | undefined {
  let index = rowIndex.get(layout);
  if (!index) {
    index = new Map(layout.rows.map((r) => [`${r.block}|${r.row}`, r]));
    rowIndex.set(layout, index);
  }
  return index.get(`${cell.block}|${cell.row}`);
}

/** 「2010301 行政运行」, 「本年收入合计」, 「合计」: the line of a cell, as the sheet shows it. */
export function rowLabel(layout: TableLayout, cell: AmountCell): string {
  const row = laidRow(layout, cell);
  // Both sides of 公开01表/04表 end in “总计”: the row key says which.
  const raw = row?.label === "总计" ? cell.rowKey : (row?.label ?? cell.rowKey);
  const label = raw.replace(/^[一二三四五六七八九十]+、|^其中：/, "");
  return row?.kind === "subject" && row.code ? `${row.code} ${label}` : label;
}

/** The column caption, with its group when the caption alone is ambiguous (预算数·合计). */
export function columnLabel(layout: TableLayout, cell: AmountCell): string {
  const leaf = layout.columns[cell.col];
  const same = layout.columns.filter((c) => c.label === leaf.label && c.spec.kind === "amount");
  if (
    same.length < 2 ||
    leaf.block !== same[0].block ||
    new Set(same.map((c) => c.block)).size > 1
  ) {
    const parent = layout.headerCells
      .filter((h) => h.col <= cell.col && cell.col < h.col + h.colSpan && h.colSpan > 1)
      .sort((a, b) => b.row - a.row)[0];
    if (same.length > 1 && parent) return `${parent.label}·${leaf.label}`;
  }
  return leaf.label;
}

/** 公开05表「2010301 行政运行」基本支出 — or without the column when the table has one amount column. */
export function cellTitle(layout: TableLayout, cell: AmountCell): string {
  const amountColumns = layout.columns.filter(
    (c) => c.spec.kind === "amount" && c.block === cell.block
  );
  const row = rowLabel(layout, cell);
  // A table of one unnamed line (三公 表): the captions above the cell say which figure it is.
  if (!row) return `${layout.table.code}「${headerPath(layout, cell.col).join("·")}」`;
  const column = amountColumns.length > 1 ? columnLabel(layout, cell) : "";
  return `${layout.table.code}「${row}」${column}`;
}

/** The captions above a leaf column, top to bottom. */
export function headerPath(layout: TableLayout, col: number): string[] {
  return layout.headerCells
    .filter((h) => h.col <= col && col < h.col + h.colSpan)
    .sort((a, b) => a.row - b.row)
    .map((h) => h.label);
}
