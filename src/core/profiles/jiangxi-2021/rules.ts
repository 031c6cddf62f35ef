import { atMost, equal, perClass, perLine, prior, t } from "../../rules/define";
import type { RuleDef } from "../../rules/types";
import { FISCAL_SOURCES } from "../../inputs/vocabulary";
import { NON_FISCAL_INCOME, THREE_PUBLIC_ITEMS } from "./vocabulary";

/**
 * Cross-table 勾稽关系 of the 江西 2021 tables (docs/rules.md). Sums within a table (总计,
 * 合计, 类 = Σ款, 人员经费合计 …) come from the table definitions themselves (rules/expand.ts).
 */

const FISCAL = FISCAL_SOURCES;
/** 公开06表 lines that the “三公” table's 决算 includes (basic spending only; project spending may add to them). */
const THREE_PUBLIC_ECONOMIC: [string, string][] = [
  ["因公出国（境）费", "30212"],
  ["公务用车运行费", "30231"],
  ["公务接待费", "30217"],
  ["公务用车购置费", "31013"],
];

/**
 * A 政府性基金 / 国有资本经营 table that shows 结转 and 收入 (江西's 政府性基金 table, 上海's two):
 * 年末结转和结余 = 年初 + 本年收入 − 本年支出 on each line (and on its 合计 line when `totalLine`), and
 * its 本年收入 and 年末 agree with 公开04表's column of that fund. `spent` is its 本年支出 column.
 */
export function fundTableRules(
  id: string,
  fund: "政府性基金预算财政拨款" | "国有资本经营预算财政拨款",
  spent: string,
  { totalLine }: { totalLine: boolean }
): RuleDef[] {
  const carriedOver = (line: string) => [
    [t(`${id}${line}.年末结转和结余`)],
    [t(`${id}${line}.年初结转和结余`), t(`${id}${line}.本年收入`), t(`${id}${line}.${spent}`, -1)],
  ];
  const [left, right] = carriedOver("[{code}]");
  const [totalLeft, totalRight] = carriedOver(".合计");
  return [
    perLine(
      equal(
        `${id}.结转`,
        left,
        right,
        `{${id}}{code}“{name}”：年末结转和结余应等于年初结转和结余加本年收入减本年支出`
      ),
      [id]
    ),
    ...(totalLine
      ? [
          equal(
            `${id}.合计结转`,
            totalLeft,
            totalRight,
            `{${id}}合计行：年末结转和结余应等于年初结转和结余加本年收入减本年支出`
          ),
        ]
      : []),
    equal(
      `${id}×T04.本年收入`,
      [t(`${id}.合计.本年收入`)],
      [t(`T04.${fund}`)],
      `{${id}}本年收入合计应等于{T04}收入“${fund}”`
    ),
    equal(
      `${id}×T04.年末`,
      [t(`${id}.合计.年末结转和结余`)],
      [t(`T04.年末财政拨款结转和结余.${fund}`)],
      `{${id}}年末结转和结余合计应等于{T04}年末财政拨款结转和结余中的${fund}`
    ),
  ];
}

export const RULES: RuleDef[] = [
  equal("T01.收支平衡", [t("T01.收入总计")], [t("T01.支出总计")], "{T01}收入总计应等于支出总计"),
  equal(
    "T04.收支平衡",
    [t("T04.收入总计")],
    [t("T04.支出总计.合计")],
    "{T04}收入总计应等于支出总计"
  ),

  equal(
    "T01×T02.本年收入合计",
    [t("T01.本年收入合计")],
    [t("T02.合计.本年收入合计")],
    "{T01}本年收入合计应等于{T02}合计行的本年收入合计"
  ),
  equal(
    "T01×T02.财政拨款收入",
    FISCAL.map((f) => t(`T01.${f}收入`)),
    [t("T02.合计.财政拨款收入")],
    "{T01}一至三项财政拨款收入之和应等于{T02}合计行的财政拨款收入"
  ),
  ...NON_FISCAL_INCOME.map(({ key, source }) =>
    equal(
      `T01×T02.${key}`,
      [t(`T01.${key}`)],
      [t(`T02.合计.${source}`)],
      `{T01}${key}应等于{T02}合计行的${source}`
    )
  ),
  equal(
    "T01×T03.本年支出合计",
    [t("T01.本年支出合计")],
    [t("T03.合计.本年支出合计")],
    "{T01}本年支出合计应等于{T03}合计行的本年支出合计"
  ),
  perClass(
    equal(
      "T01×T03.类",
      [t("T01[{code}]")],
      [t("T03[{code}].本年支出合计")],
      "{T01}“{name}”应等于{T03}{code}类的本年支出合计"
    ),
    ["T01", "T03"]
  ),

  ...FISCAL.map((f) =>
    equal(
      `T04×T01.${f}`,
      [t(`T04.${f}`)],
      [t(`T01.${f}收入`)],
      `{T04}收入“${f}”应等于{T01}${f}收入`
    )
  ),
  equal(
    "T04×T05.本年支出",
    [t("T04.本年支出合计.一般公共预算财政拨款")],
    [t("T05.合计.合计")],
    "{T04}本年支出合计的一般公共预算财政拨款应等于{T05}合计"
  ),
  equal(
    "T04×T08.本年支出",
    [t("T04.本年支出合计.政府性基金预算财政拨款")],
    [t("T08.合计.本年支出")],
    "{T04}本年支出合计的政府性基金预算财政拨款应等于{T08}本年支出合计"
  ),
  equal(
    "T04×T09.本年支出",
    [t("T04.本年支出合计.国有资本经营预算财政拨款")],
    [t("T09.合计.合计")],
    "{T04}本年支出合计的国有资本经营预算财政拨款应等于{T09}合计"
  ),
  perClass(
    equal(
      "T04×T05.类",
      [t("T04[{code}].一般公共预算财政拨款")],
      [t("T05[{code}].合计")],
      "{T04}“{name}”的一般公共预算财政拨款应等于{T05}{code}类合计"
    ),
    ["T04", "T05"]
  ),
  perClass(
    equal(
      "T04×T08.类",
      [t("T04[{code}].政府性基金预算财政拨款")],
      [t("T08[{code}].本年支出")],
      "{T04}“{name}”的政府性基金预算财政拨款应等于{T08}{code}类本年支出"
    ),
    ["T04", "T08"]
  ),
  perClass(
    equal(
      "T04×T09.类",
      [t("T04[{code}].国有资本经营预算财政拨款")],
      [t("T09[{code}].合计")],
      "{T04}“{name}”的国有资本经营预算财政拨款应等于{T09}{code}类合计"
    ),
    ["T04", "T09"]
  ),

  equal(
    "T05×T06.基本支出",
    [t("T05.合计.基本支出")],
    [t("T06.人员经费合计"), t("T06.公用经费合计")],
    "{T05}基本支出合计应等于{T06}人员经费合计与公用经费合计之和"
  ),
  perLine(
    atMost(
      "T05≤T03.合计",
      [t("T05[{code}].合计")],
      [t("T03[{code}].本年支出合计")],
      "{T05}{code}“{name}”的一般公共预算财政拨款支出不应超过{T03}同一科目的本年支出合计"
    ),
    ["T05"]
  ),
  perLine(
    atMost(
      "T05≤T03.基本支出",
      [t("T05[{code}].基本支出")],
      [t("T03[{code}].基本支出")],
      "{T05}{code}“{name}”的基本支出不应超过{T03}同一科目的基本支出"
    ),
    ["T05"]
  ),
  perLine(
    atMost(
      "T05≤T03.项目支出",
      [t("T05[{code}].项目支出")],
      [t("T03[{code}].项目支出")],
      "{T05}{code}“{name}”的项目支出不应超过{T03}同一科目的项目支出"
    ),
    ["T05"]
  ),

  ...THREE_PUBLIC_ECONOMIC.map(([item, code]) =>
    atMost(
      `T06≤T07.${item}`,
      [t(`T06[${code}]`)],
      [t(`T07.决算.${item}`)],
      `{T06}基本支出中的${code}应包含在{T07}“三公”经费决算的${item}中（决算数不应小于{T06}该科目）`,
      "warning"
    )
  ),
  ...["合计", ...THREE_PUBLIC_ITEMS].map((item) =>
    atMost(
      `T07.决算≤预算.${item}`,
      [t(`T07.决算.${item}`)],
      [t(`T07.预算.${item}`)],
      `{T07}${item}决算数超过预算数，须在情况说明中说明原因`,
      "warning"
    )
  ),

  // The input sheets against the tables: catches ledger lines added after the last fill.
  ...(
    [
      ["收入", "T01.本年收入合计"],
      ["支出", "T01.本年支出合计"],
      ["年初结转和结余", "T01.年初结转和结余"],
      ["年末结转和结余", "T01.年末结转和结余"],
    ] as const
  ).map(([kind, cell]) => ({
    ...equal(
      `收支明细×T01.${kind}`,
      [t(`收支明细.${kind}`)],
      [t(cell)],
      `“收支明细”中${kind}行的金额合计（元÷10000）应等于{T01}${cell.slice(4)}；明细新增了表中没有的科目或行时，请重新填报`
    ),
    whenPresent: true,
  })),

  atMost(
    "机关运行经费≤公用经费",
    [t("补充信息.机关运行经费支出")],
    [t("T06.公用经费合计")],
    "“补充信息”中的机关运行经费支出不应超过{T06}公用经费合计（机关运行经费是行政单位和参照公务员法管理事业单位一般公共预算财政拨款基本支出中的公用经费）",
    "warning"
  ),

  // Plausibility (warnings): figures of the 补充信息 that cannot exceed others; checked only when the
  // workbook has the input sheet.
  ...(
    [
      ["货物", "政府采购货物支出"],
      ["工程", "政府采购工程支出"],
      ["服务", "政府采购服务支出"],
    ] as const
  ).map(([kind, total]) => ({
    ...atMost(
      `合理性.中小企业≤采购.${kind}`,
      [t(`补充信息.${kind}采购授予中小企业合同金额`)],
      [t(`补充信息.${total}`)],
      `“补充信息”中${kind}采购授予中小企业合同金额不应超过${total}`,
      "warning"
    ),
    whenPresent: true,
  })),
  {
    ...atMost(
      "合理性.中小企业≤采购总额",
      [t("补充信息.授予中小企业合同金额")],
      [
        t("补充信息.政府采购货物支出"),
        t("补充信息.政府采购工程支出"),
        t("补充信息.政府采购服务支出"),
      ],
      "“补充信息”中授予中小企业合同金额不应超过政府采购支出总额（货物、工程、服务之和）",
      "warning"
    ),
    whenPresent: true,
  },
  {
    ...atMost(
      "合理性.小微≤中小企业",
      [t("补充信息.授予小微企业合同金额")],
      [t("补充信息.授予中小企业合同金额")],
      "“补充信息”中授予小微企业合同金额不应超过授予中小企业合同金额（小微企业是中小企业的一部分）",
      "warning"
    ),
    whenPresent: true,
  },
  {
    ...atMost(
      "合理性.绩效自评资金≤项目支出",
      [t("补充信息.绩效自评涉及资金")],
      [t("T03.合计.项目支出")],
      "“补充信息”中绩效自评涉及资金不应超过{T03}项目支出合计（自评的是本年的项目支出）",
      "warning"
    ),
    whenPresent: true,
  },

  ...fundTableRules("T08", "政府性基金预算财政拨款", "本年支出", { totalLine: true }),

  atMost(
    "T10.固定资产构成",
    [
      t("T10.房屋"),
      t("T10.车辆"),
      t("T10.单价50万元以上通用设备"),
      t("T10.单价100万元以上专用设备"),
    ],
    [t("T10.固定资产")],
    "{T10}房屋、车辆、单价50万元以上通用设备和单价100万元以上专用设备之和不应超过固定资产"
  ),

  // With last year's workbook (--prior).
  {
    ...equal(
      "上年.T01.结转",
      [t("T01.年初结转和结余")],
      [prior("T01.年末结转和结余")],
      "{T01}年初结转和结余应等于上年{T01}年末结转和结余"
    ),
    needsPrior: true,
  },
  {
    ...equal(
      "上年.T04.结转",
      [t("T04.年初财政拨款结转和结余")],
      [prior("T04.年末财政拨款结转和结余.合计")],
      "{T04}年初财政拨款结转和结余应等于上年{T04}年末财政拨款结转和结余"
    ),
    needsPrior: true,
  },
  ...FISCAL.map((f) => ({
    ...equal(
      `上年.T04.结转.${f}`,
      [t(`T04.年初${f}`)],
      [prior(`T04.年末财政拨款结转和结余.${f}`)],
      `{T04}年初${f}结转和结余应等于上年{T04}年末${f}结转和结余`
    ),
    needsPrior: true,
  })),
  {
    ...perLine(
      equal(
        "上年.T08.结转",
        [t("T08[{code}].年初结转和结余")],
        [prior("T08[{code}].年末结转和结余")],
        "{T08}{code}“{name}”年初结转和结余应等于上年{T08}年末结转和结余"
      ),
      ["T08"]
    ),
    needsPrior: true,
  },
];
