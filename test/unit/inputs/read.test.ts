import { INPUT_SHEET_NAMES, readInputs } from "../../../src/core/inputs/readInputs";
import { InputProblems, describeProblem } from "../../../src/core/inputs/problems";
import type { InputRecords } from "../../../src/core/inputs/records";
import { smallDepartment, workbookWith } from "../../helpers/workbooks";

/** The problems reading reports for a department edited by `change`, as the user reads them. */
async function problemsOf(
  change: (records: InputRecords) => void,
  formulas = true
): Promise<string[]> {
  const records = smallDepartment();
  change(records);
  const { port } = await workbookWith(records);
  const read = await port.read(INPUT_SHEET_NAMES);
  try {
    readInputs(read, { formulas });
    return [];
  } catch (error) {
    if (!(error instanceof InputProblems)) throw error;
    return error.problems.map(describeProblem);
  }
}

// Ledger line i sits on sheet row i + 2 (row 1 is the header).
describe("reading the input sheets: each mistake is named by sheet, row and column", () => {
  test("the sample-like department reads cleanly", async () => {
    expect(await problemsOf(() => undefined)).toEqual([]);
  });

  test("unknown subject code", async () => {
    const problems = await problemsOf((r) => (r.ledger[0][2] = "2013866"));
    expect(problems).toEqual([
      "收支明细 第2行 C列（功能分类科目编码）：功能分类科目「2013866」不在2021年科目表中；如为新增科目，请在“科目补充”表中补充",
    ]);
  });

  test("a code whose parent 类/款 is missing, and a code at the wrong level", async () => {
    const ledger = await problemsOf((r) => (r.ledger[5][3] = "40001"));
    expect(ledger).toEqual([
      "收支明细 第7行 D列（经济分类科目编码）：经济分类科目「40001」不在2021年科目表中，其上级科目也不存在；请核对编码，或在“科目补充”表中连同上级一并补充",
    ]);
    const wrongLevel = await problemsOf((r) => (r.ledger[0][2] = "20138"));
    expect(wrongLevel).toEqual([
      "收支明细 第2行 C列（功能分类科目编码）：功能分类科目应填到“项”级（7位），「20138」是款编码",
    ]);
  });

  test("text where an amount belongs", async () => {
    const problems = await problemsOf((r) => (r.ledger[2][6] = "三十万"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^收支明细 第4行 G列（金额（元））：「三十万」不是有效的金额/);
    // A number stored as text is fine for plain values but not for live formulas, which skip text.
    const asText = (r: InputRecords) => (r.ledger[2][6] = "300,000.00");
    expect(await problemsOf(asText, true)).toEqual([
      "收支明细 第4行 G列（金额（元））：「300,000.00」是文本格式，表中的公式不会计入；请改为数值（或改用“数值”方式填报，命令行为 --values）",
    ]);
    expect(await problemsOf(asText, false)).toEqual([]);
  });

  test("missing or unlisted unit", async () => {
    expect(await problemsOf((r) => (r.ledger[1][0] = null))).toEqual([
      "收支明细 第3行 A列（单位名称）：缺少单位名称",
    ]);
    expect(await problemsOf((r) => (r.ledger[1][0] = "丙中心"))).toEqual([
      "收支明细 第3行 A列（单位名称）：单位「丙中心」不在“基础信息”的单位名单中（合并范围只含名单内的单位）",
    ]);
  });

  test("a column of amounts that looks like 万元 typed in the 元 column", async () => {
    const problems = await problemsOf((r) =>
      r.ledger.forEach((line) => (line[6] = Math.round(((line[6] as number) / 10000) * 100) / 100))
    );
    expect(problems).toEqual([
      "收支明细 第2行 G列（金额（元））：金额看起来是以万元填写的：全部 13 行中最大一笔只有 100。本列以元为单位，请把万元数乘以 10000",
    ]);
    const decimals = await problemsOf((r) => (r.ledger[0][6] = 1583.5236));
    expect(decimals).toEqual([
      "收支明细 第2行 G列（金额（元））：金额 1583.5236 有 4 位小数；本列以元为单位，最多到分（两位小数）",
    ]);
  });

  test("duplicate rows", async () => {
    const problems = await problemsOf((r) => r.ledger.push([...r.ledger[5]]));
    expect(problems).toEqual([
      "收支明细 第15行 A列（单位名称）：与第7行的单位、收支类型、科目、资金来源和支出性质都相同；同一组合只应有一行，请把金额合并到一行",
    ]);
  });

  test("vocabulary, missing classification and spending rules", async () => {
    expect(await problemsOf((r) => (r.ledger[5][4] = "财政拨款"))).toEqual([
      expect.stringMatching(
        /^收支明细 第7行 E列（资金来源）：资金来源「财政拨款」无效，应为：一般公共预算财政拨款、/
      ),
    ]);
    expect(await problemsOf((r) => (r.ledger[5][3] = null))).toEqual([
      "收支明细 第7行 D列（经济分类科目编码）：一般公共预算财政拨款的支出须填写经济分类科目编码（公开06表按经济分类列示）",
    ]);
    expect(await problemsOf((r) => (r.ledger[5][5] = "经营支出"))).toEqual([
      "收支明细 第7行 F列（支出性质）：财政拨款（一般公共预算财政拨款）的支出只能是基本支出或项目支出，不能是经营支出",
    ]);
    expect(await problemsOf((r) => (r.ledger[5][2] = " 2013801"))).toEqual([
      "收支明细 第7行 C列（功能分类科目编码）：科目编码「 2013801」含空格或全角数字，表中的公式无法匹配；请改为「2013801」",
    ]);
  });

  test("other sheets: unknown indicator, duplicate reason, bad 补充信息 value", async () => {
    const problems = await problemsOf((r) => {
      r.budgetPrior!.push(["本年收入", null, null, 1]);
      r.reasons!.push(
        ["财政拨款支出较年初预算增减", "201", "甲"],
        ["财政拨款支出较年初预算增减", "201", "乙"]
      );
      r.supplementary!["在职人员"] = "六十";
    });
    expect(problems).toEqual([
      "预算与上年数 第5行 A列（指标）：未知指标「本年收入」",
      expect.stringMatching(/^补充信息 第2行 D列（数值）：「六十」不是有效的数量/),
      expect.stringMatching(
        /^补充信息 第\d+行 D列（主要原因）：与第\d+行的主要原因重复；分科目的原因请填写科目编码$/
      ),
    ]);
  });

  test("reading never changes what the user typed", async () => {
    const { port } = await workbookWith(smallDepartment());
    const read = await port.read(INPUT_SHEET_NAMES);
    const before = JSON.stringify(read);
    readInputs(read, { formulas: true });
    expect(JSON.stringify(read)).toBe(before);
    expect(JSON.stringify(await port.read(INPUT_SHEET_NAMES))).toBe(before);
  });
});

describe("ledger groups: the lines of every unit added exactly", () => {
  test("whole 分, a float that is not (0.1 + 0.2) and a text amount in one group each", async () => {
    const records = smallDepartment();
    const B = records.units[1].name;
    records.ledger.push(
      [B, "支出", "2013801", "30101", "一般公共预算财政拨款", "基本支出", 0.1 + 0.2, null],
      [B, "支出", "2013801", "30201", "一般公共预算财政拨款", "基本支出", "12.34", null]
    );
    const { port } = await workbookWith(records);
    const data = readInputs(await port.read(INPUT_SHEET_NAMES), { formulas: false });
    const amountOf = (economic: string) =>
      data.ledger.groups
        .find(
          (g) =>
            g.kind === "支出" &&
            g.functional === "2013801" &&
            g.economic === economic &&
            g.nature === "基本支出"
        )
        ?.amount.toString();
    // By hand: 600000 + 0.3 (as the cell shows it); 100000.33 + 12.34.
    expect(amountOf("30101")).toBe("600000.3");
    expect(amountOf("30201")).toBe("100012.67");
    expect(data.ledger.lineCount).toBe(15);
    expect(data.ledger.groups.length).toBe(13);
  });
});
