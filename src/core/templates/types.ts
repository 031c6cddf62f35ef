import type { CatalogKind } from "../subjects/catalog";

/**
 * The ten 公开表 (and any other province's set) are described by plain, JSON-compatible data of these
 * types: a *profile* is the list of tables one province prescribes for one year. Layout, fill, rules
 * and narrative all refer to amount cells by the ids these definitions produce.
 */

export type AmountUnit = "money" | "count";

/** A leaf column of a table block. */
export type ColumnSpec =
  | { kind: "label"; width?: number } // 项目
  | { kind: "lineNo" } // 行次
  | { kind: "code" } // 科目编码
  | { kind: "name"; width?: number } // 科目名称
  | { kind: "amount"; key: string; unit?: AmountUnit };

export interface HeaderNode {
  label: string;
  /** Present on leaves only. */
  column?: ColumnSpec;
  children?: HeaderNode[];
}

/** A linear combination of cells: Σ sign × cell. `of` names row keys (row sums) or column keys (column sums). */
export interface SumTerm {
  key: string;
  sign?: 1 | -1;
}

export type RowSpec =
  /** A fixed line such as "一、一般公共预算财政拨款收入". */
  | {
      kind: "item";
      key: string;
      label: string;
      indent?: number;
      /** Bold total line. */
      emphasis?: boolean;
      /** This line's amounts are the sum of other lines of the same block (row keys, or "@subjects"). */
      sum?: (SumTerm | "@subjects")[];
      /** Row exists for layout only (e.g. a "其中：" caption); it has no amount cells. */
      noAmounts?: boolean;
      /** 功能分类 / 经济分类 code when the line stands for a subject. */
      code?: string;
    }
  /** A blank line that keeps the two sides of a side-by-side table aligned. */
  | { kind: "spacer" }
  /**
   * One fixed line per listed subject, named from the catalog (e.g. the 功能分类 类 on 公开01表's 支出
   * side); `numbered` prints them 一、… as 上海's 样张 does.
   */
  | { kind: "subjects"; catalog: CatalogKind; codes: string[]; numbered?: boolean }
  /** Fixed 经济分类 lines: each root 类 followed by all its 款; the 类 line sums its 款. */
  | { kind: "economic"; roots: string[] }
  /**
   * A data-driven 功能分类 region: a 合计 line, then every 类/款/项 that has data, in catalog order.
   * 合计 sums the 类 lines, 类 sums its 款, 款 sums its 项. `totalLast` puts the 合计 line after the
   * subject lines (上海's 一般公共预算财政拨款支出决算表).
   */
  | { kind: "region"; catalog: "functional"; totalLabel: string; totalLast?: boolean };

export interface ColumnSum {
  target: string;
  of: SumTerm[];
}

export interface BlockSpec {
  key: string;
  header: HeaderNode[];
  /** Lines from the top. */
  rows: RowSpec[];
  /** Lines aligned to the bottom of the table (totals), so both sides' totals share a row. */
  tail?: RowSpec[];
  /** In every line of the block, the `target` column is the sum of other columns. */
  columnSums?: ColumnSum[];
}

export interface TableTemplate {
  /** Short id used in cell ids: "T01". */
  id: string;
  /** 表号, also the sheet name: "公开01表". */
  code: string;
  title: string;
  /** Blocks laid out left to right (公开01表 收入 | 支出). */
  blocks: BlockSpec[];
  /** Footnote printed under the table. */
  note?: string;
  /** Printed instead of figures when the whole table is zero ("本部门本年度无…，故本表无数据"). */
  emptyNote?: string;
  /** Fixed tables fit on one page; tables whose rows grow with data fit to width only. */
  fitOnePage?: boolean;
}

export interface Profile {
  id: string;
  name: string;
  /** The 决算 year whose official formats the tables follow. */
  year: number;
  unitLabel: string;
  tables: TableTemplate[];
}
