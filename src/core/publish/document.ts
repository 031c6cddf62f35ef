import { chartData, ChartData } from "../charts";
import type { InputData, Unit } from "../inputs/types";
import { formatFixed, ZERO } from "../money";
import type { Narrative, NarrativeContext } from "../narrative";
import type { FormatProfile } from "../profiles/types";
import { measureColumns } from "../render/tableSheet";
import type { ReadTables } from "../tables/types";
import type { TableLayout } from "../templates/layout";

/** The 补充信息 text item the clerk fills with the department's 主要职能 (第一部分). */
export const DUTIES_ITEM = "主要职能";

export interface DocumentCell {
  text: string;
  colSpan: number;
  rowSpan: number;
  align: "left" | "center" | "right";
  bold?: boolean;
  /** Indent in characters (sub-lines of a table). */
  indent?: number;
}

export interface DocumentTable {
  id: string;
  code: string;
  title: string;
  /** Cells row by row; a slot covered by a merged cell above or to the left is left out. */
  rows: DocumentCell[][];
  /** The header band's row count: repeated at the top of each page. */
  headerRows: number;
  /** Relative column widths (characters), as the sheets print them. */
  widths: number[];
  /** Too wide for a portrait page: printed on a landscape page. */
  wide: boolean;
  note?: string;
  /** The table has no figures: the 空表说明 printed under it. */
  emptyNote?: string;
}

/** The whole published 部门决算 in the profile's outline, ready for a document writer. */
export interface PublishedDocument {
  title: string;
  department: string;
  year: number;
  unitLabel: string;
  /** 主要职能 as the clerk typed it, one paragraph per line; empty when not filled in. */
  duties: string[];
  units: Unit[];
  tables: DocumentTable[];
  charts: ChartData[];
  narrative: Narrative;
  glossary: readonly string[];
  /** The 尾差 footnote under 第二部分, when asked for. */
  tailNote?: string;
}

export const TAIL_NOTE =
  "注：本部分各表金额单位为万元，保留两位小数，因四舍五入，合计数与各分项之和可能存在尾差。";

/** Columns beyond which a table does not fit a portrait A4 page at a readable size. */
const PORTRAIT_MAX_WIDTH = 80;

export interface PublishOptions {
  tailNote?: boolean;
}

export function publishedDocument(
  profile: FormatProfile,
  tables: ReadTables,
  data: InputData,
  context: NarrativeContext,
  narrative: Narrative,
  options: PublishOptions = {}
): PublishedDocument {
  const department = data.basics.department;
  const duties = (context.text(DUTIES_ITEM).value ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    title: `${department}${data.basics.year}年度部门决算`,
    department,
    year: data.basics.year,
    unitLabel: profile.unitLabel,
    duties,
    units: data.basics.units,
    tables: profile.tables.flatMap((t) => {
      const layout = tables.tables.get(t.id)?.layout;
      return layout ? [documentTable(layout, tables)] : [];
    }),
    charts: chartData(profile.charts?.(context) ?? [], context),
    narrative,
    glossary: profile.glossary,
    tailNote: options.tailNote ? TAIL_NOTE : undefined,
  };
}

/** One table as the sheet shows it: the header band, then every laid line with its figures. */
export function documentTable(layout: TableLayout, tables: ReadTables): DocumentTable {
  const { table, headerDepth, bodyTop, bodyRowCount, columnCount } = layout;
  const top = bodyTop - headerDepth;
  const height = headerDepth + bodyRowCount;
  const grid: (DocumentCell | null | undefined)[][] = Array.from({ length: height }, () =>
    Array<DocumentCell | null | undefined>(columnCount).fill(undefined)
  );
  const place = (row: number, col: number, cell: DocumentCell) => {
    const r = row - top;
    for (let i = 0; i < cell.rowSpan; i++)
      for (let j = 0; j < cell.colSpan; j++) grid[r + i][col + j] = null;
    grid[r][col] = cell;
  };
  for (const h of layout.headerCells) {
    place(h.row, h.col, {
      text: h.label,
      colSpan: h.colSpan,
      rowSpan: h.rowSpan,
      align: "center",
      bold: true,
    });
  }
  const spanOf = (row: number, col: number) =>
    layout.merges.find((m) => m.top === row && m.left === col && m.top >= bodyTop);
  for (const b of layout.bodyCells) {
    const merge = spanOf(b.row, b.col);
    place(b.row, b.col, {
      text: String(b.value),
      colSpan: merge ? merge.right - merge.left + 1 : 1,
      rowSpan: merge ? merge.bottom - merge.top + 1 : 1,
      align: b.kind === "lineNo" || b.kind === "code" ? "center" : "left",
      bold: b.emphasis,
      indent: b.indent,
    });
  }
  let empty = true;
  for (const a of layout.amounts) {
    const value = tables.cells.get(a.id)?.value ?? ZERO;
    if (!value.isZero()) empty = false;
    const emphasis = layout.rows.find((r) => r.row === a.row && r.block === a.block)?.emphasis;
    place(a.row, a.col, {
      text: formatFixed(value, { places: a.unit === "count" ? 0 : 2, grouping: true }),
      colSpan: 1,
      rowSpan: 1,
      align: "right",
      bold: emphasis,
    });
  }
  const blank = (): DocumentCell => ({ text: "", colSpan: 1, rowSpan: 1, align: "left" });
  const rows = grid.map((row) => row.flatMap((cell) => (cell === null ? [] : [cell ?? blank()])));
  const widths = measureColumns(layout);
  return {
    id: table.id,
    code: table.code,
    title: table.title,
    rows,
    headerRows: headerDepth,
    widths,
    wide: widths.reduce((a, b) => a + b, 0) > PORTRAIT_MAX_WIDTH,
    note: table.note,
    emptyNote: empty
      ? (table.emptyNote ?? `本部门本年度${table.title}无数据，故本表为空表。`)
      : undefined,
  };
}
