import type { Catalogs } from "../subjects";
import type { SubjectLevel } from "../subjects";
import { amountCellId } from "./ids";
import { chineseNumber } from "../text/chineseNumber";
import type {
  AmountUnit,
  BlockSpec,
  ColumnSpec,
  HeaderNode,
  RowSpec,
  TableTemplate,
} from "./types";

/** Fixed rows above every table: title, 表号, 部门 / 金额单位; the header starts below them. */
export const TITLE_ROW = 0;
export const CODE_ROW = 1;
export const INFO_ROW = 2;
export const HEADER_TOP = 3;
/** Empty subject lines a blank template offers for typing by hand. */
export const BLANK_REGION_ROWS = 20;

export interface LeafColumn {
  index: number;
  block: number;
  spec: ColumnSpec;
  label: string;
}

export interface HeaderCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  label: string;
}

export type BodyCellKind = "label" | "lineNo" | "code" | "name";

export interface BodyCell {
  row: number;
  col: number;
  kind: BodyCellKind;
  value: string | number;
  indent?: number;
  emphasis?: boolean;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SumPart {
  id: string;
  sign: 1 | -1;
}

export interface AmountCell {
  id: string;
  tableId: string;
  row: number;
  col: number;
  unit: AmountUnit;
  block: number;
  rowKey: string;
  columnKey: string;
  /** The 功能分类 / 经济分类 code of a subject line. */
  code?: string;
  level?: SubjectLevel;
  /** Set when the cell is a total of other cells of the same table. */
  sum?: SumPart[];
}

export type LaidRowKind = "item" | "subject" | "total" | "spacer" | "blank";

export interface LaidRow {
  block: number;
  row: number;
  kind: LaidRowKind;
  key?: string;
  code?: string;
  level?: SubjectLevel;
  label?: string;
  indent?: number;
  emphasis?: boolean;
  noAmounts?: boolean;
  /** Subject lines of a "subjects" spec, which "@subjects" sums refer to. */
  listed?: boolean;
}

/** The data-driven subject lines of a block, for readers and for blank-template totals. */
export interface RegionArea {
  block: number;
  codeCol: number;
  nameCol: number;
  totalRow: number;
  firstRow: number;
  lastRow: number;
  blank: boolean;
}

export interface TableLayout {
  table: TableTemplate;
  columnCount: number;
  columns: LeafColumn[];
  headerDepth: number;
  headerCells: HeaderCell[];
  bodyTop: number;
  bodyRowCount: number;
  noteRow: number;
  rows: LaidRow[];
  bodyCells: BodyCell[];
  merges: CellRange[];
  amounts: AmountCell[];
  byId: ReadonlyMap<string, AmountCell>;
  regions: RegionArea[];
}

export interface LayoutOptions {
  catalogs: Catalogs;
  /**
   * 功能分类 codes that have data, per table id. Ancestors are added. A table absent here gets
   * blank lines for typing by hand; an empty list gives just the 合计 line.
   */
  regionCodes?: Readonly<Record<string, readonly string[]>>;
}

/**
 * Layouts already made, by template, catalogs and subject lines: every check needs one per table
 * with no lines (the readers' probes), one for the lines found and one for the profile's cell ids,
 * and in a batch of one department's or one region's workbooks the lines repeat. Layouts are only
 * read, never changed, so they can be shared.
 */
const LAYOUTS = new WeakMap<TableTemplate, WeakMap<Catalogs, Map<string, TableLayout>>>();
const LAYOUTS_PER_TABLE = 64;

/** Whether the table has a subject region: only then do its lines depend on the codes. */
function hasRegion(table: TableTemplate): boolean {
  return table.blocks.some((block) =>
    [...block.rows, ...(block.tail ?? [])].some((spec) => spec.kind === "region")
  );
}

/**
 * layoutTable(table, { catalogs, regionCodes: { [table.id]: codes } }), made once: a table without a
 * region is laid out alike whatever the codes, so it is made once whatever the codes.
 */
export function sharedLayout(
  table: TableTemplate,
  catalogs: Catalogs,
  codes: readonly string[]
): TableLayout {
  let byCatalogs = LAYOUTS.get(table);
  if (!byCatalogs) LAYOUTS.set(table, (byCatalogs = new WeakMap()));
  let known = byCatalogs.get(catalogs);
  if (!known) byCatalogs.set(catalogs, (known = new Map()));
  const key = hasRegion(table) ? codes.join(",") : "";
  let layout = known.get(key);
  if (!layout) {
    layout = layoutTable(table, { catalogs, regionCodes: { [table.id]: codes } });
    if (known.size >= LAYOUTS_PER_TABLE) known.clear();
    known.set(key, layout);
  }
  return layout;
}

interface BlockRows {
  top: LaidRow[];
  tail: LaidRow[];
}

export function layoutTable(table: TableTemplate, options: LayoutOptions): TableLayout {
  const columns = leafColumns(table.blocks);
  const headerDepth = Math.max(...table.blocks.flatMap((b) => b.header.map(depthOf)));
  const headerCells = placeHeader(table.blocks, headerDepth);
  const bodyTop = HEADER_TOP + headerDepth;

  const expanded = table.blocks.map((block, b) => expandBlock(table, block, b, options));
  const topHeight = Math.max(...expanded.map((e) => e.top.length));
  const tailHeight = Math.max(...expanded.map((e) => e.tail.length));
  const bodyRowCount = topHeight + tailHeight;
  const rows: LaidRow[] = [];
  for (const e of expanded) {
    e.top.forEach((r, i) => rows.push({ ...r, row: bodyTop + i }));
    e.tail.forEach((r, i) => rows.push({ ...r, row: bodyTop + bodyRowCount - e.tail.length + i }));
  }

  const bodyCells: BodyCell[] = [];
  const merges: CellRange[] = [];
  const amounts: AmountCell[] = [];
  const cellAt = new Map<string, AmountCell>(); // `${block}|${rowKey}|${columnKey}`
  const rowBlock = new Map<string, number>(); // row key → block, for sums across blocks

  let lineNo = 0;
  table.blocks.forEach((block, b) => {
    const blockColumns = columns.filter((c) => c.block === b);
    const amountColumns = blockColumns.filter((c) => c.spec.kind === "amount");
    const blockRows = rows.filter((r) => r.block === b).sort((x, y) => x.row - y.row);
    // From the spec, not the laid rows: ids must not change with the data (a blank region has one line).
    const specs = [...block.rows, ...(block.tail ?? [])];
    const shape = {
      singleRow: specs.length === 1 && specs[0].kind === "item",
      singleColumn: amountColumns.length === 1,
    };
    const labelCol = blockColumns.find((c) => c.spec.kind === "label");
    const codeCol = blockColumns.find((c) => c.spec.kind === "code");
    const nameCol = blockColumns.find((c) => c.spec.kind === "name");
    for (const r of blockRows) {
      if (r.kind === "spacer" || r.kind === "blank") continue;
      for (const column of blockColumns) {
        const spec = column.spec;
        if (spec.kind === "lineNo")
          bodyCells.push({ row: r.row, col: column.index, kind: "lineNo", value: ++lineNo });
      }
      const text = r.label ?? "";
      if (labelCol) {
        bodyCells.push({
          row: r.row,
          col: labelCol.index,
          kind: "label",
          value: text,
          indent: r.indent,
          emphasis: r.emphasis,
        });
      } else if (r.kind === "subject" && codeCol && nameCol) {
        bodyCells.push({
          row: r.row,
          col: codeCol.index,
          kind: "code",
          value: r.code ?? "",
          emphasis: r.emphasis,
        });
        bodyCells.push({
          row: r.row,
          col: nameCol.index,
          kind: "name",
          value: text,
          indent: r.indent,
          emphasis: r.emphasis,
        });
      } else if (codeCol) {
        // A total line without a 项目 column: its caption spans 科目编码 and 科目名称.
        bodyCells.push({
          row: r.row,
          col: codeCol.index,
          kind: "label",
          value: text,
          emphasis: r.emphasis,
        });
        if (nameCol)
          merges.push({ top: r.row, left: codeCol.index, bottom: r.row, right: nameCol.index });
      }
      if (!hasAmounts(r)) continue;
      const rowKey = r.key as string;
      rowBlock.set(rowKey, b);
      for (const column of amountColumns) {
        const spec = column.spec as Extract<ColumnSpec, { kind: "amount" }>;
        const cell: AmountCell = {
          id: amountCellId(
            table.id,
            { key: rowKey, code: r.kind === "subject" ? r.code : undefined },
            spec.key,
            shape
          ),
          tableId: table.id,
          row: r.row,
          col: column.index,
          unit: spec.unit ?? "money",
          block: b,
          rowKey,
          columnKey: spec.key,
          code: r.kind === "subject" ? r.code : undefined,
          level: r.level,
        };
        amounts.push(cell);
        cellAt.set(`${b}|${rowKey}|${spec.key}`, cell);
      }
    }
  });

  assignSums(table, rows, amounts, cellAt, rowBlock);
  const regions = regionAreas(table, rows, columns);

  return {
    table,
    columnCount: columns.length,
    columns,
    headerDepth,
    headerCells,
    bodyTop,
    bodyRowCount,
    noteRow: bodyTop + bodyRowCount,
    rows,
    bodyCells,
    merges,
    amounts,
    byId: new Map(amounts.map((a) => [a.id, a])),
    regions,
  };
}

/**
 * The sum each total cell is: item sums, economic 类 lines, the 类/款/合计 lines of a region, and
 * column totals. `cellAt` finds a cell by `${block}|${rowKey}|${columnKey}`, `rowBlock` a row's block.
 */
function assignSums(
  table: TableTemplate,
  rows: readonly LaidRow[],
  amounts: readonly AmountCell[],
  cellAt: ReadonlyMap<string, AmountCell>,
  rowBlock: ReadonlyMap<string, number>
): void {
  const find = (block: number, rowKey: string, columnKey: string): AmountCell => {
    const cell = cellAt.get(`${block}|${rowKey}|${columnKey}`);
    if (!cell) throw new Error(`${table.code}：求和引用的行「${rowKey}」列「${columnKey}」不存在`);
    return cell;
  };

  // Row totals: item sums, economic 类 lines, and the 类/款/合计 lines of a region.
  table.blocks.forEach((block, b) => {
    const specItems = new Map(
      [...block.rows, ...(block.tail ?? [])].flatMap((spec) =>
        spec.kind === "item" ? [[spec.key, spec] as const] : []
      )
    );
    const blockRows = rows.filter((r) => r.block === b && hasAmounts(r));
    // Rows by key (the first of a key) and each subject line's children, found once per row, not
    // once per cell: a table of a few hundred subject lines has thousands of cells.
    const laidByKey = new Map<string | undefined, LaidRow>();
    for (const r of blockRows) if (!laidByKey.has(r.key)) laidByKey.set(r.key, r);
    const childrenOf = new Map<LaidRow, LaidRow[]>();
    const children = (laid: LaidRow): LaidRow[] => {
      let found = childrenOf.get(laid);
      if (!found) {
        found = blockRows.filter(
          (r) =>
            r.kind === "subject" &&
            r.code !== laid.code &&
            isChildCode(laid.code as string, r.code as string, laid.level)
        );
        childrenOf.set(laid, found);
      }
      return found;
    };
    for (const cell of amounts.filter((c) => c.block === b)) {
      const laid = laidByKey.get(cell.rowKey) as LaidRow;
      const spec = specItems.get(cell.rowKey);
      if (spec?.kind === "item" && spec.sum) {
        cell.sum = spec.sum.flatMap((term) =>
          term === "@subjects"
            ? blockRows
                .filter((r) => r.listed)
                .map((r) => ({ id: find(b, r.key as string, cell.columnKey).id, sign: 1 as const }))
            : [
                {
                  id: find(rowBlock.get(term.key) ?? b, term.key, cell.columnKey).id,
                  sign: term.sign ?? 1,
                },
              ]
        );
      } else if (laid.kind === "total") {
        cell.sum = blockRows
          .filter((r) => r.level === "类")
          .map((r) => ({ id: find(b, r.key as string, cell.columnKey).id, sign: 1 as const }));
      } else if (laid.kind === "subject" && !laid.listed) {
        const lines = children(laid);
        if (lines.length > 0) {
          cell.sum = lines.map((r) => ({
            id: find(b, r.key as string, cell.columnKey).id,
            sign: 1 as const,
          }));
        }
      }
    }
    // Column totals take precedence in their target column: the identity then reads across the line.
    for (const columnSum of block.columnSums ?? []) {
      for (const cell of amounts.filter((c) => c.block === b && c.columnKey === columnSum.target)) {
        cell.sum = columnSum.of.map((term) => ({
          id: find(b, cell.rowKey, term.key).id,
          sign: term.sign ?? 1,
        }));
      }
    }
  });
}

/** Where each block with a subject region has its lines (fill and the readers find them there). */
function regionAreas(
  table: TableTemplate,
  rows: readonly LaidRow[],
  columns: readonly LeafColumn[]
): RegionArea[] {
  const regions: RegionArea[] = [];
  table.blocks.forEach((block, b) => {
    if (!block.rows.some((r) => r.kind === "region")) return;
    const blockRows = rows.filter((r) => r.block === b);
    const total = blockRows.find((r) => r.kind === "total") as LaidRow;
    const lines = blockRows.filter((r) => r.kind === "subject" || r.kind === "blank");
    const blockColumns = columns.filter((c) => c.block === b);
    regions.push({
      block: b,
      codeCol: (blockColumns.find((c) => c.spec.kind === "code") as LeafColumn).index,
      nameCol: (blockColumns.find((c) => c.spec.kind === "name") as LeafColumn).index,
      totalRow: total.row,
      firstRow: lines.length ? Math.min(...lines.map((r) => r.row)) : total.row + 1,
      lastRow: lines.length ? Math.max(...lines.map((r) => r.row)) : total.row,
      blank: lines.some((r) => r.kind === "blank"),
    });
  });
  return regions;
}

function hasAmounts(r: LaidRow): boolean {
  return (r.kind === "item" || r.kind === "subject" || r.kind === "total") && !r.noAmounts;
}

function isChildCode(parent: string, child: string, level: SubjectLevel | undefined): boolean {
  const childLength = level === "类" ? 5 : level === "款" ? 7 : -1;
  return child.length === childLength && child.startsWith(parent);
}

function leafColumns(blocks: BlockSpec[]): LeafColumn[] {
  const leaves: LeafColumn[] = [];
  const walk = (node: HeaderNode, block: number) => {
    if (node.children?.length) node.children.forEach((child) => walk(child, block));
    else if (node.column)
      leaves.push({ index: leaves.length, block, spec: node.column, label: node.label });
    else throw new Error(`表头「${node.label}」既无下级也无列定义`);
  };
  blocks.forEach((block, b) => block.header.forEach((node) => walk(node, b)));
  return leaves;
}

function depthOf(node: HeaderNode): number {
  return node.children?.length ? 1 + Math.max(...node.children.map(depthOf)) : 1;
}

function leafCount(node: HeaderNode): number {
  return node.children?.length ? node.children.reduce((n, child) => n + leafCount(child), 0) : 1;
}

function placeHeader(blocks: BlockSpec[], depth: number): HeaderCell[] {
  const cells: (HeaderCell & { group: boolean; block: number })[] = [];
  let col = 0;
  const place = (node: HeaderNode, level: number, block: number) => {
    const group = Boolean(node.children?.length);
    const span = leafCount(node);
    cells.push({
      row: HEADER_TOP + level,
      col,
      rowSpan: group ? 1 : depth - level,
      colSpan: span,
      label: node.label,
      group,
      block,
    });
    if (group) {
      const start = col;
      (node.children as HeaderNode[]).forEach((child) => place(child, level + 1, block));
      col = start + span;
    } else {
      col += 1;
    }
  };
  blocks.forEach((block, b) => {
    for (const node of block.header) {
      const start = col;
      place(node, 0, b);
      col = start + leafCount(node);
    }
  });
  // Side-by-side blocks under one caption (公开06表's two 公用经费 groups) share a merged top cell.
  const top = cells.filter((c) => c.row === HEADER_TOP).sort((a, b) => a.col - b.col);
  for (let i = top.length - 1; i > 0; i--) {
    const [left, right] = [top[i - 1], top[i]];
    if (
      left.group &&
      right.group &&
      left.block !== right.block &&
      left.label === right.label &&
      left.col + left.colSpan === right.col
    ) {
      left.colSpan += right.colSpan;
      cells.splice(cells.indexOf(right), 1);
    }
  }
  return cells.map(({ row, col: c, rowSpan, colSpan, label }) => ({
    row,
    col: c,
    rowSpan,
    colSpan,
    label,
  }));
}

function expandBlock(
  table: TableTemplate,
  block: BlockSpec,
  b: number,
  options: LayoutOptions
): BlockRows {
  const expand = (specs: RowSpec[]): LaidRow[] =>
    specs.flatMap((spec) => expandRow(table, spec, b, options));
  return { top: expand(block.rows), tail: expand(block.tail ?? []) };
}

function expandRow(
  table: TableTemplate,
  spec: RowSpec,
  b: number,
  options: LayoutOptions
): LaidRow[] {
  const base = { block: b, row: 0 };
  const { functional, economic } = options.catalogs;
  switch (spec.kind) {
    case "item":
      return [
        {
          ...base,
          kind: "item",
          key: spec.key,
          code: spec.code,
          label: spec.label,
          indent: spec.indent,
          emphasis: spec.emphasis,
          noAmounts: spec.noAmounts,
        },
      ];
    case "spacer":
      return [{ ...base, kind: "spacer" }];
    case "subjects": {
      const catalog = spec.catalog === "functional" ? functional : economic;
      return spec.codes.map((code, i) => {
        const name = requireName(table, catalog.label, catalog.name(code), code);
        return {
          ...base,
          kind: "subject" as const,
          key: code,
          code,
          level: catalog.get(code)?.level,
          label: spec.numbered ? `${chineseNumber(i + 1)}、${name}` : name,
          listed: true,
        };
      });
    }
    case "economic":
      return spec.roots.flatMap((root) => [
        {
          ...base,
          kind: "subject" as const,
          key: root,
          code: root,
          level: "类" as const,
          label: requireName(table, economic.label, economic.name(root), root),
          emphasis: true,
        },
        ...economic.children(root).map((s) => ({
          ...base,
          kind: "subject" as const,
          key: s.code,
          code: s.code,
          level: s.level,
          label: s.name,
          indent: 1,
        })),
      ]);
    case "region": {
      const total: LaidRow = {
        ...base,
        kind: "total",
        key: spec.totalLabel,
        label: spec.totalLabel,
        emphasis: true,
      };
      const withTotal = (lines: LaidRow[]) =>
        spec.totalLast ? [...lines, total] : [total, ...lines];
      const codes = options.regionCodes?.[table.id];
      if (!codes)
        return withTotal(
          Array.from({ length: BLANK_REGION_ROWS }, () => ({ ...base, kind: "blank" as const }))
        );
      const all = new Set<string>();
      for (const code of codes) {
        for (const ancestor of functional.ancestors(code)) all.add(ancestor);
        all.add(code);
      }
      const lines = [...all].sort().map((code) => {
        const level = code.length === 3 ? "类" : code.length === 5 ? "款" : "项";
        return {
          ...base,
          kind: "subject" as const,
          key: code,
          code,
          level: level as SubjectLevel,
          label: functional.name(code) ?? "",
          indent: level === "类" ? 0 : level === "款" ? 1 : 2,
          emphasis: level === "类",
        };
      });
      return withTotal(lines);
    }
  }
}

function requireName(
  table: TableTemplate,
  catalogLabel: string,
  name: string | undefined,
  code: string
): string {
  if (name === undefined)
    throw new Error(`${table.code}：${catalogLabel}科目「${code}」不在科目表中`);
  return name;
}
