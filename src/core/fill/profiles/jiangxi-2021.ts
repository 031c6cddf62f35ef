import { SUPPLEMENTARY_ITEMS } from "../../inputs/supplementary";
import { FISCAL_SOURCES } from "../../inputs/vocabulary";
import type { FundSource, RecordKind, SpendingNature } from "../../inputs/vocabulary";
import type { CellSource, LedgerFilter, ProfileSources } from "../sources";
import { CODE } from "../sources";

/** How each cell of the 江西 2021 tables is filled (the layout lives in templates/profiles). */

const GENERAL: FundSource = "一般公共预算财政拨款";
const FUND: FundSource = "政府性基金预算财政拨款";
const CAPITAL: FundSource = "国有资本经营预算财政拨款";

const ledger = (kind: RecordKind, extra: Omit<LedgerFilter, "kind"> = {}): CellSource => ({
  ledger: { kind, ...extra },
});
const bySource = (kind: RecordKind, source: FundSource, extra: Omit<LedgerFilter, "kind"> = {}) =>
  ledger(kind, { sources: [source], ...extra });
const spending = (nature: SpendingNature, sources?: FundSource[]): CellSource =>
  ledger("支出", { functional: CODE, nature, sources });
const item = (name: string): CellSource => ({ item: name });

const INCOME_SOURCES: [string, FundSource][] = [
  ["一般公共预算财政拨款收入", GENERAL],
  ["政府性基金预算财政拨款收入", FUND],
  ["国有资本经营预算财政拨款收入", CAPITAL],
  ["上级补助收入", "上级补助收入"],
  ["事业收入", "事业收入"],
  ["经营收入", "经营收入"],
  ["附属单位上缴收入", "附属单位上缴收入"],
  ["其他收入", "其他收入"],
];

const THREE_PUBLIC = ["因公出国（境）费", "公务用车购置费", "公务用车运行费", "公务接待费"];

/** 公开10表 lines named as the 补充信息 items they come from (money and vehicle counts). */
const ASSET_ITEMS = SUPPLEMENTARY_ITEMS.filter(
  (i) => i.group === "国有资产（公开10表）" && (i.unit === "元" || i.unit === "辆")
).map((i) => i.name);

export const jiangxi2021Sources: ProfileSources = {
  T01: {
    cells: {
      ...Object.fromEntries(
        INCOME_SOURCES.map(([row, source]) => [`T01.${row}`, bySource("收入", source)])
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
        (
          ["上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"] as FundSource[]
        ).map((source) => [source, ledger("收入", { functional: CODE, sources: [source] })])
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
    subjects: {
      基本支出: spending("基本支出", [GENERAL]),
      项目支出: spending("项目支出", [GENERAL]),
    },
  },
  T06: {
    subjects: {
      决算数: ledger("支出", { economic: CODE, sources: [GENERAL], nature: "基本支出" }),
    },
  },
  T07: {
    cells: Object.fromEntries(
      THREE_PUBLIC.flatMap((name) => [
        [`T07.预算.${name}`, { budget: name }],
        [`T07.决算.${name}`, item(name)],
      ])
    ),
  },
  T08: {
    subjects: {
      年初结转和结余: ledger("年初结转和结余", { functional: CODE, sources: [FUND] }),
      本年收入: ledger("收入", { functional: CODE, sources: [FUND] }),
      基本支出: spending("基本支出", [FUND]),
      项目支出: spending("项目支出", [FUND]),
      年末结转和结余: ledger("年末结转和结余", { functional: CODE, sources: [FUND] }),
    },
  },
  T09: {
    subjects: {
      基本支出: spending("基本支出", [CAPITAL]),
      项目支出: spending("项目支出", [CAPITAL]),
    },
  },
  T10: {
    cells: {
      ...Object.fromEntries(ASSET_ITEMS.map((name) => [`T10.${name}`, item(name)])),
      "T10.通用设备数量": item("单价50万元以上通用设备数量"),
      "T10.专用设备数量": item("单价100万元以上专用设备数量"),
    },
  },
};
