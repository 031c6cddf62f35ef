import { Decimal, ZERO } from "../money";
import type { ReadTables } from "../tables/types";

/** The figures a 情况说明 states, by the linter's indicator names (FACT_NAMES), from the ten tables. */
const FACT_CELLS: Record<string, string[]> = {
  收入总计: ["T01.收入总计"],
  支出总计: ["T01.支出总计"],
  年初结转和结余: ["T01.年初结转和结余"],
  本年收入合计: ["T01.本年收入合计"],
  本年支出合计: ["T01.本年支出合计"],
  财政拨款收入: [
    "T01.一般公共预算财政拨款收入",
    "T01.政府性基金预算财政拨款收入",
    "T01.国有资本经营预算财政拨款收入",
  ],
  上级补助收入: ["T01.上级补助收入"],
  事业收入: ["T01.事业收入"],
  经营收入: ["T01.经营收入"],
  附属单位上缴收入: ["T01.附属单位上缴收入"],
  其他收入: ["T01.其他收入"],
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
  "因公出国（境）费": ["T07.决算.因公出国（境）费"],
  公务接待费: ["T07.决算.公务接待费"],
  公务用车购置及运行费: ["T07.决算.公务用车购置及运行费"],
  公务用车购置费: ["T07.决算.公务用车购置费"],
  公务用车运行费: ["T07.决算.公务用车运行费"],
  "“三公”经费年初预算数": ["T07.预算.合计"],
  "因公出国（境）费年初预算数": ["T07.预算.因公出国（境）费"],
  公务接待费年初预算数: ["T07.预算.公务接待费"],
  公务用车购置费年初预算数: ["T07.预算.公务用车购置费"],
  公务用车运行费年初预算数: ["T07.预算.公务用车运行费"],
};

export function factsFromTables(tables: ReadTables): Map<string, Decimal> {
  const facts = new Map<string, Decimal>();
  for (const [name, ids] of Object.entries(FACT_CELLS)) {
    const cells = ids.map((id) => tables.cells.get(id));
    // A figure the workbook does not show (missing table or line) is not a fact to compare with.
    if (cells.every((c) => !c?.at)) continue;
    facts.set(
      name,
      cells.reduce((acc: Decimal, c) => acc.plus(c?.value ?? ZERO), ZERO)
    );
  }
  return facts;
}
