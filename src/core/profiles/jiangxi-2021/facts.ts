import { INCOME_LINES, NON_FISCAL_INCOME, THREE_PUBLIC_ITEMS } from "./vocabulary";

/**
 * The figures a 情况说明 states, by the linter's fact names (lint/labels.ts FACT_NAMES), as the cells
 * of the 江西 tables that add up to them.
 */
export const FACTS: Record<string, string[]> = {
  收入总计: ["T01.收入总计"],
  支出总计: ["T01.支出总计"],
  年初结转和结余: ["T01.年初结转和结余"],
  本年收入合计: ["T01.本年收入合计"],
  本年支出合计: ["T01.本年支出合计"],
  财政拨款收入: INCOME_LINES.slice(0, 3).map((line) => `T01.${line.key}`),
  ...Object.fromEntries(NON_FISCAL_INCOME.map((line) => [line.key, [`T01.${line.key}`]])),
  基本支出: ["T03.合计.基本支出"],
  项目支出: ["T03.合计.项目支出"],
  经营支出: ["T03.合计.经营支出"],
  财政拨款支出: ["T04.本年支出合计.合计"],
  一般公共预算财政拨款基本支出: ["T05.合计.基本支出"],
  工资福利支出: ["T06[301]"],
  商品和服务支出: ["T06[302]"],
  对个人和家庭的补助: ["T06[303]"],
  资本性支出: ["T06[310]"],
  "“三公”经费": ["T07.决算.合计"],
  公务用车购置及运行费: ["T07.决算.公务用车购置及运行费"],
  "“三公”经费年初预算数": ["T07.预算.合计"],
  ...Object.fromEntries(
    THREE_PUBLIC_ITEMS.flatMap((name) => [
      [name, [`T07.决算.${name}`]],
      [`${name}年初预算数`, [`T07.预算.${name}`]],
    ])
  ),
};
