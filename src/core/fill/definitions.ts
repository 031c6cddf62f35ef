import type { FundSource, RecordKind, SpendingNature } from "../inputs/vocabulary";

/**
 * Where a table cell's figure comes from, as data ("fill definition"; `source` alone means a
 * 资金来源). Each kind has its value form and formula form side by side in kinds.ts; tests prove
 * the two agree.
 * "{code}" in a definition stands for the code of the subject line being filled.
 */
export type FillDefinition =
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

export interface TableFillDefinitions {
  /** Fixed lines by cell id. */
  cells?: Record<string, FillDefinition>;
  /** Subject lines (项 of a region, listed 类, economic 款) by column key. */
  subjects?: Record<string, FillDefinition>;
}

/** Fill definitions of a profile, by table id. */
export type FillDefinitions = Record<string, TableFillDefinitions>;

export const CODE = "{code}";

export function withCode(definition: FillDefinition, code: string | undefined): FillDefinition {
  if (code === undefined) return definition;
  if ("ledger" in definition) {
    const f = definition.ledger;
    return {
      ledger: {
        ...f,
        functional: f.functional === CODE ? code : f.functional,
        economic: f.economic === CODE ? code : f.economic,
      },
    };
  }
  if ("ref" in definition) return { ref: definition.ref.replace(CODE, code) };
  return definition;
}
