import { loadSample, sampleFileOf, sampleRecords, sampleWorkbook } from "../../../src/cli/sample";
import { fillTables } from "../../../src/core/app/fill";
import { InputProblems } from "../../../src/core/inputs/problems";
import type { InputRecords } from "../../../src/core/inputs/records";
import { shanghai2024 } from "../../../src/core/profiles/shanghai-2024";
import { catalogsFor } from "../../../src/core/subjects";
import { layoutTable } from "../../../src/core/templates/layout";
import type { TableTemplate } from "../../../src/core/templates/types";
import { ExcelJsPort } from "../../../src/xlsx/port";

/** What the 上海 2024 样张 (上海市财政局, 2024 年度部门决算公开样张) prints, checked against the profile. */

const catalogs = catalogsFor(2024);
const table = (id: string) => shanghai2024.tables.find((t) => t.id === id) as TableTemplate;
const labels = (id: string, block: number, codes?: string[]) =>
  layoutTable(table(id), { catalogs, regionCodes: codes && { [id]: codes } })
    .rows.filter((r) => r.block === block && r.label)
    .map((r) => r.label);

describe("shanghai-2024 tables as the 样张 prints them", () => {
  test.each(["T01", "T04"])("%s: the 支出 lines are numbered 一、… 二十四、", (id) => {
    const expense = labels(id, 1).filter((l) => /^[一二三四五六七八九十]+、/.test(l as string));
    expect(expense).toHaveLength(24);
    expect(expense[0]).toBe("一、一般公共服务支出");
    expect(expense[20]).toBe("二十一、国有资本经营预算支出");
    expect(expense[23]).toBe("二十四、抗疫特别国债安排的支出");
  });

  test.each(["T01", "T04"])("%s: no 行次 column, amounts headed 决算数 or by fund", (id) => {
    const headers = layoutTable(table(id), { catalogs }).headerCells.map((h) => h.label);
    expect(headers).not.toContain("行次");
    expect(headers).not.toContain("金额");
  });

  test("财政拨款收入支出决算总表: the 年初 lines numbered like the 收入 lines", () => {
    const income = labels("T04", 0);
    const carried = income.slice(income.indexOf("年初财政拨款结转和结余") + 1);
    expect(carried.slice(0, 3)).toEqual([
      "一、一般公共预算财政拨款",
      "二、政府性基金预算财政拨款",
      "三、国有资本经营预算财政拨款",
    ]);
  });

  test("一般公共预算财政拨款支出决算表: 合计 after the 功能分类 lines; 收入决算表 keeps it first", () => {
    const general = labels("T05", 0, ["2011301", "2080505"]);
    expect(general[general.length - 1]).toBe("合计");
    const headers = layoutTable(table("T05"), { catalogs }).headerCells.map((h) => h.label);
    expect(headers).toEqual(["项目", "科目编码", "科目名称", "合计", "基本支出", "项目支出"]);
    expect(general.slice(0, 2)).toEqual(["一般公共服务支出", "商贸事务"]);
    expect(labels("T02", 0, ["2011301"])[0]).toBe("合计");
  });
});

/** The bundled sample filed in the 上海 format, with extra input rows. */
async function filled(
  extra: Pick<InputRecords, "budgetPrior" | "reasons" | "supplementary"> & {
    ledger?: InputRecords["ledger"];
  }
) {
  const records = sampleRecords(await loadSample(sampleFileOf(shanghai2024)), shanghai2024);
  const workbook = await sampleWorkbook({
    ...records,
    ledger: [...records.ledger, ...(extra.ledger ?? [])],
    budgetPrior: [...(records.budgetPrior ?? []), ...(extra.budgetPrior ?? [])],
    reasons: [...(records.reasons ?? []), ...(extra.reasons ?? [])],
    supplementary: { ...records.supplementary, ...extra.supplementary },
  });
  return fillTables(new ExcelJsPort(workbook), { mode: "values", version: "test" });
}

const GENERAL = "一般公共预算财政拨款支出";

describe("shanghai-2024 情况说明 as the 样张 words it", () => {
  test("五（三）explains the 年初预算 per 功能分类 项, with the reason where they differ", async () => {
    const result = await filled({
      budgetPrior: [
        [GENERAL, "2011301", 4000000, null], // 支出决算 431.06 万元
        [GENERAL, "2210201", 334700, null], // 支出决算 33.47 万元: 持平
      ],
      reasons: [[`${GENERAL}较年初预算增减`, "2011301", "年中追加人员经费"]],
      supplementary: {
        面向中小企业预留政府采购项目预算金额: 76100,
        预留项目中由中小企业中标或成交的采购金额: 76100,
      },
    });
    const texts = result.narrative.paragraphs.map((p) => p.text);
    expect(texts).toContain(
      "1、一般公共服务支出（类）商贸事务（款）行政运行（项）。年初预算为400.00万元，支出决算为431.06万元，较年初预算数增加31.06万元，增长7.77%，主要原因是：年中追加人员经费。"
    );
    expect(texts).toContain(
      "15、住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为33.47万元，支出决算为33.47万元，与年初预算数持平。"
    );
    const procurement = texts.find((t) => t.startsWith("（二）政府采购支出情况")) as string;
    expect(procurement).toContain("面向中小企业预留政府采购项目预算金额7.61万元");
    expect(procurement).toContain(
      "在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额7.61万元"
    );
    expect(procurement).not.toContain("授予中小企业合同金额");
  });

  test("八、政府性基金: income, spending and each 项 against its 年初预算", async () => {
    const FUND = "政府性基金预算财政拨款";
    const unit = "景德镇市陶瓷产业发展局本级";
    const result = await filled({
      ledger: [
        [unit, "收入", "2296002", null, FUND, null, 50000, "彩票公益金"],
        [unit, "支出", "2296002", "30227", FUND, "项目支出", 50000, "委托业务费"],
      ],
      budgetPrior: [[`${FUND}支出`, "2296002", 60000, null]],
      reasons: [[`${FUND}支出较年初预算增减`, "2296002", "项目结余"]],
      supplementary: {},
    });
    const texts = result.narrative.paragraphs.map((p) => p.text);
    const at = texts.indexOf(`${FUND}收入5.00万元，支出5.00万元，支出具体情况如下：`);
    expect(at).toBeGreaterThan(0);
    expect(texts[at + 1]).toBe(
      "1、其他支出（类）彩票公益金安排的支出（款）用于社会福利的彩票公益金支出（项）。年初预算为6.00万元，支出决算为5.00万元，较年初预算数减少1.00万元，下降16.67%，主要原因是：项目结余。"
    );
    expect(texts).toContain("本部门2024年度无国有资本经营预算财政拨款收入和支出。");
  });

  test("a reason given with a 类 code where the comparison is per 项 is refused, not ignored", async () => {
    const run = filled({
      budgetPrior: [],
      reasons: [[`${GENERAL}较年初预算增减`, "201", "年中追加"]],
      supplementary: {},
    });
    await expect(run).rejects.toMatchObject({
      problems: [
        expect.objectContaining({
          message: `比较项「${GENERAL}较年初预算增减」按“项”分行，科目编码应为 7 位（填的是「201」）`,
        }),
      ],
    });
  });

  test("a 类 code where the format asks for a 项 is refused, naming the level", async () => {
    const run = filled({
      budgetPrior: [[GENERAL, "201", 100, null]],
      reasons: [],
      supplementary: {},
    });
    await expect(run).rejects.toBeInstanceOf(InputProblems);
    await expect(run).rejects.toMatchObject({
      problems: [expect.objectContaining({ message: "「201」不是功能分类的“项”级科目编码" })],
    });
  });
});
