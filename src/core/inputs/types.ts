// The input sheets as read (readInputs, readLedger): shared by the readers and everything that uses
// what they read, in a module of their own so the readers need not import each other.
import type { Decimal } from "../money";
import type { Catalogs } from "../subjects";
import type { FormatProfile } from "../profiles/types";
import type { ItemUnit } from "./supplementaryItems";
import type { ColumnMap } from "./table";
import type { RecordKind, UnitType } from "./vocabulary";

/** Ledger lines with the same classification, consolidated over units: what the tables add up. */
export interface LedgerGroup {
  kind: RecordKind;
  functional: string;
  economic: string;
  source: string;
  nature: string;
  /** 元, full precision. */
  amount: Decimal;
  /**
   * The same amount in whole 分 when the ledger read it as such (|cents| < 10^15), so that sums of
   * many groups can be taken exactly in integer arithmetic (`LedgerIndex`); undefined otherwise.
   */
  readonly cents?: number;
  /** 0-based sheet row of the first line of the group, for messages. */
  row: number;
}

export interface LedgerData {
  sheet: string;
  columns: ColumnMap;
  /** In the order of their first line. */
  groups: readonly LedgerGroup[];
  /** Lines with an amount. */
  lineCount: number;
}

export interface Unit {
  name: string;
  type?: UnitType;
}

export interface Basics {
  department: string;
  year: number;
  /** 省份 as typed ("江西"). */
  province?: string;
  profile?: string;
  tailAdjust: boolean;
  units: Unit[];
}

export interface IndicatorFigures {
  budget?: Decimal;
  prior?: Decimal;
  /** 0-based sheet row, so formulas can reference the figures. */
  row: number;
}

export interface Reason {
  text: string;
  /** 0-based sheet row and column of the 主要原因 cell. */
  row: number;
  col: number;
}

export interface SupplementaryValue {
  /** Amounts in 元 and counts as Decimal; 文字 items as text. */
  value: Decimal | string | undefined;
  unit: ItemUnit;
  row: number;
}

export interface InputData {
  basics: Basics;
  /** The disclosure format named in 基础信息 (公开表格式, or 省份 and 决算年度). */
  profile: FormatProfile;
  catalogs: Catalogs;
  ledger: LedgerData;
  budgetPrior: { columns: ColumnMap; figures: Map<string, IndicatorFigures> };
  supplementary: { columns: ColumnMap; items: Map<string, SupplementaryValue> };
  /** 主要原因 by reasonKey ("本年收入合计|上年", "财政拨款支出|年初预算|208"). */
  reasons: Map<string, Reason>;
  notes: string[];
}
