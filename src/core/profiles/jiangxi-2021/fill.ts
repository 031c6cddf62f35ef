import type { FillDefinition, LedgerFilter, FillDefinitions } from "../../fill/definitions";
import { CODE } from "../../fill/definitions";
import { FISCAL_SOURCES } from "../../inputs/vocabulary";
import type { FundSource, RecordKind, SpendingNature } from "../../inputs/vocabulary";
import {
  ASSET_LINES,
  INCOME_LINES,
  NON_FISCAL_INCOME,
  THREE_PUBLIC_ITEMS,
  VEHICLE_CATEGORIES,
} from "./vocabulary";

/** How each cell of the 江西 2021 tables (tables.ts) is filled. */

const GENERAL: FundSource = "一般公共预算财政拨款";
const FUND: FundSource = "政府性基金预算财政拨款";
const CAPITAL: FundSource = "国有资本经营预算财政拨款";

const ledger = (kind: RecordKind, extra: Omit<LedgerFilter, "kind"> = {}): FillDefinition => ({
  ledger: { kind, ...extra },
});
const bySource = (kind: RecordKind, source: FundSource, extra: Omit<LedgerFilter, "kind"> = {}) =>
  ledger(kind, { sources: [source], ...extra });
const spending = (nature: SpendingNature, sources?: FundSource[]): FillDefinition =>
  ledger("支出", { functional: CODE, nature, sources });
const item = (name: string): FillDefinition => ({ item: name });
/** The 基本支出 and 项目支出 columns of a table of one fund's spending by 功能分类. */
const spendingColumns = (fund: FundSource) => ({
  基本支出: spending("基本支出", [fund]),
  项目支出: spending("项目支出", [fund]),
});

export const FILL: FillDefinitions = {
  T01: {
    cells: {
      ...Object.fromEntries(
        INCOME_LINES.map((line) => [`T01.${line.key}`, bySource("收入", line.source)])
      ),
      "T01.使用非财政拨款结余": ledger("使用非财政拨款结余"),
      "T01.年初结转和结余": ledger("年初结转和结余"),
      "T01.结余分配": ledger("结余分配"),
      "T01.年末结转和结余": ledger("年末结转和结余"),
    },
    subjects: { 金额: { ref: `T03[${CODE}].本年支出合计` } },
  },
  T02: {
    subjects: {
      财政拨款收入: ledger("收入", { functional: CODE, sources: [...FISCAL_SOURCES] }),
      ...Object.fromEntries(
        NON_FISCAL_INCOME.map(({ source }) => [
          source,
          ledger("收入", { functional: CODE, sources: [source] }),
        ])
      ),
    },
  },
  T03: {
    subjects: Object.fromEntries(
      (
        [
          "基本支出",
          "项目支出",
          "上缴上级支出",
          "经营支出",
          "对附属单位补助支出",
        ] as SpendingNature[]
      ).map((nature) => [nature, spending(nature)])
    ),
  },
  T04: {
    cells: {
      "T04.一般公共预算财政拨款": bySource("收入", GENERAL),
      "T04.政府性基金预算财政拨款": bySource("收入", FUND),
      "T04.国有资本经营预算财政拨款": bySource("收入", CAPITAL),
      "T04.年初一般公共预算财政拨款": bySource("年初结转和结余", GENERAL),
      "T04.年初政府性基金预算财政拨款": bySource("年初结转和结余", FUND),
      "T04.年初国有资本经营预算财政拨款": bySource("年初结转和结余", CAPITAL),
      "T04.年末财政拨款结转和结余.一般公共预算财政拨款": bySource("年末结转和结余", GENERAL),
      "T04.年末财政拨款结转和结余.政府性基金预算财政拨款": bySource("年末结转和结余", FUND),
      "T04.年末财政拨款结转和结余.国有资本经营预算财政拨款": bySource("年末结转和结余", CAPITAL),
    },
    subjects: {
      一般公共预算财政拨款: { ref: `T05[${CODE}].合计` },
      政府性基金预算财政拨款: { ref: `T08[${CODE}].本年支出` },
      国有资本经营预算财政拨款: { ref: `T09[${CODE}].合计` },
    },
  },
  T05: {
    subjects: spendingColumns(GENERAL),
  },
  T06: {
    subjects: {
      决算数: ledger("支出", { economic: CODE, sources: [GENERAL], nature: "基本支出" }),
    },
  },
  T07: {
    cells: Object.fromEntries(
      THREE_PUBLIC_ITEMS.flatMap((name) => [
        [`T07.预算.${name}`, { budget: name }],
        [`T07.决算.${name}`, item(name)],
      ])
    ),
  },
  T08: {
    subjects: {
      年初结转和结余: ledger("年初结转和结余", { functional: CODE, sources: [FUND] }),
      本年收入: ledger("收入", { functional: CODE, sources: [FUND] }),
      ...spendingColumns(FUND),
      年末结转和结余: ledger("年末结转和结余", { functional: CODE, sources: [FUND] }),
    },
  },
  T09: {
    subjects: spendingColumns(CAPITAL),
  },
  T10: {
    cells: {
      ...Object.fromEntries(
        [...ASSET_LINES, ...VEHICLE_CATEGORIES].map((name) => [`T10.${name}`, item(name)])
      ),
      "T10.通用设备数量": item("单价50万元以上通用设备数量"),
      "T10.专用设备数量": item("单价100万元以上专用设备数量"),
    },
  },
};
