import type { FundSource, RecordKind, SpendingNature } from "../inputs/vocabulary";

/**
 * Where a table cell's figure comes from, as data. The same definition is evaluated in TypeScript
 * (evaluate.ts) and compiled to a native formula (compile.ts); tests prove the two agree.
 * "{code}" in a definition stands for the code of the subject line being filled.
 */
export type CellSource =
  /** Σ 金额 of the 收支明细 lines matching the filter, in 万元. */
  | { ledger: LedgerFilter }
  /** Another table's cell (e.g. 公开01表's 类 lines repeat 公开03表's); 0 when that line is absent. */
  | { ref: string }
  /** A 补充信息 item: amounts (元) shown in 万元, counts as they are. */
  | { item: string }
  /** The 年初预算数 of a 预算与上年数 indicator (no 科目编码), in 万元. */
  | { budget: string };

export interface LedgerFilter {
  kind: RecordKind;
  /** Any of these 资金来源; all sources when omitted. */
  sources?: readonly FundSource[];
  nature?: SpendingNature;
  functional?: string;
  economic?: string;
}

export interface TableSources {
  /** Fixed lines by cell id. */
  cells?: Record<string, CellSource>;
  /** Subject lines (项 of a region, listed 类, economic 款) by column key. */
  subjects?: Record<string, CellSource>;
}

/** Fill definitions of a profile, by table id. */
export type ProfileSources = Record<string, TableSources>;

export const CODE = "{code}";

export function withCode(source: CellSource, code: string | undefined): CellSource {
  if (code === undefined) return source;
  if ("ledger" in source) {
    const f = source.ledger;
    return {
      ledger: {
        ...f,
        functional: f.functional === CODE ? code : f.functional,
        economic: f.economic === CODE ? code : f.economic,
      },
    };
  }
  if ("ref" in source) return { ref: source.ref.replace(CODE, code) };
  return source;
}
