/**
 * Cell ids are the vocabulary shared by fill, rules and narrative:
 *   T01.本年收入合计          a fixed line in a block with one amount column
 *   T05[2010301].基本支出     a subject line and one of several amount columns
 *   T02.合计.本年收入合计     the 合计 line of a subject region
 *   T07.决算.公务接待费       a single-line table: the column alone
 */
export interface RowRef {
  key: string;
  code?: string;
}

export function amountCellId(
  tableId: string,
  row: RowRef,
  columnKey: string,
  shape: { singleRow: boolean; singleColumn: boolean }
): string {
  const rowPart = row.code !== undefined ? `[${row.code}]` : shape.singleRow ? "" : `.${row.key}`;
  const columnPart = shape.singleColumn ? "" : `.${columnKey}`;
  return `${tableId}${rowPart}${columnPart}`;
}

/** The table id at the front of a cell id ("T05[2010301].合计" → "T05"). */
export function tableOfId(id: string): string {
  const match = /^[^.[]+/.exec(id);
  return match ? match[0] : id;
}
