import { readFileSync } from "fs";
import { brief, lint, lineOf, serious, SEED_DRAFT } from "../../helpers/lint";

/**
 * The seed: the published 2021 决算 of 景德镇市陶瓷产业发展局, as published
 * (samples/jingdezhen-2021-published.txt; source and each slip in samples/README.md). Its
 * 第三部分 contradicts itself.
 */
const text = readFileSync(SEED_DRAFT, "utf8");
const findings = lint(text);
const on = (line: number) => findings.filter((f) => f.line === line);

describe("lint on the seed (景德镇市陶瓷产业发展局 2021)", () => {
  test("商品和服务支出: 减少 with 增长 is an error, and the rate fits 减少", () => {
    const line = lineOf(text, "(二) 商品和服务支出 24.58 万元");
    expect(line).toBe(202);
    const f = on(202).find((x) => x.rule === "方向词");
    expect(f?.severity).toBe("error");
    expect(f?.message).toContain("应将“增长”改为“下降”");
    expect(f?.message).toContain("25.87");
    expect(f?.excerpt).toBe("商品和服务支出24.58万元，较2020年减少1.29万元，增长4.98%");
  });

  test("公务用车: the blank percentage “完成预算的 %” is an error", () => {
    // "(三) 公务用车购置及运行维护费支出 1.66 万元，其中公" / "务用车购置年初预算数为 0 万元…完成预" / "算的 %"
    const f = findings.find((x) => x.rule === "缺少数字");
    expect(f?.severity).toBe("error");
    expect(f?.line).toBe(246);
    expect(f?.excerpt).toBe("公务用车购置年初预算数为0万元，决算数为0万元，完成预算的%");
    expect(f?.message).toContain("年初未安排预算");
  });

  test("nothing above 提示 on the 工资福利支出 and 对个人和家庭补助支出 sentences", () => {
    for (const needle of ["( 一) 工资福利支出 613.66", "(三) 对个人和家庭补助支出 161.68"]) {
      const start = lineOf(text, needle);
      const statement = findings.filter((f) => f.line >= start && f.line <= start + 2);
      expect(serious(statement)).toEqual([]);
    }
    expect(findings.some((f) => f.excerpt.startsWith("工资福利支出"))).toBe(false);
    expect(findings.some((f) => f.excerpt.startsWith("对个人和家庭补助支出"))).toBe(false);
  });

  test("the 1291 slip is caught and 12.91 named", () => {
    const f = findings.find((x) => x.rule === "数量级");
    expect(f?.severity).toBe("error");
    expect(f?.line).toBe(lineOf(text, "完成预算的 87.8%，决算数较 2020 年减少 1291"));
    expect(f?.line).toBe(234);
    expect(f?.message).toContain("“1291万元”");
    expect(f?.message).toContain("疑为“12.91万元”");
    expect(f?.message).toContain("上年为21.69万元");
  });

  test("truncated percentages and hidden decimals are 提示 only", () => {
    const infos = findings.filter((f) => f.severity === "info");
    const excerpts = infos.map((f) => f.excerpt);
    expect(excerpts).toEqual(
      expect.arrayContaining([
        "财政拨款收入1406.17万元，占89.04%", // 89.049…% truncated
        "基本支出972.73万元，占61.42%",
        "其他收入172.92万元，占10.96%", // 100 − 89.04
        "项目支出610.78万元，占38.58%",
        "收入总计1583.52万元", // 4.42 + 1579.09 = 1583.51
      ])
    );
    expect(infos.find((f) => f.line === 154)?.message).toContain("截去");
    expect(infos.find((f) => f.line === 188)?.message).toContain("800.10");
  });

  test("every finding, in order", () => {
    expect(brief(findings)).toEqual([
      "info 112 合计", // 年初结转和结余 + 本年收入合计 = 1583.51 vs 收入总计 1583.52
      "info 126 占比", // 89.04 truncated
      "info 130 占比", // 10.96 forced to 100%
      "warning 132 错别字", // heading “二、支决算情况说明” lacks 出
      "info 142 合计", // 972.73 + 610.78 = 1583.51
      "info 142 占比", // 61.42 truncated
      "info 146 占比", // 38.58 forced to 100%
      "info 154 完成率", // 183.91 truncated
      "error 154 合计", // 财政拨款 类 决算数 do not add up to 1406.17 (科学技术 304.42 / 138.93)
      "info 158 完成率", // 151.59 truncated
      "error 182 多余数字", // 304.42 138.93
      "info 188 合计", // 800.10 vs 800.11
      "error 202 方向词", // 减少 … 增长
      "warning 210 上年为零", // 增长 100 % on a base of 0
      "error 216 合计", // “三公” items 0 + 8.78 + 1.66 ≠ 8.78
      "warning 222 预算为零", // 因公出国 完成预算的 0 %
      "error 224 模板残留",
      "error 226 模板残留",
      "error 226 模板残留",
      "error 234 数量级", // 1291 for 12.91
      "error 246 缺少数字", // 完成预算的 %
      "error 250 模板残留",
      "error 250 模板残留",
      "error 252 模板残留",
      "warning 254 预算为零", // 运行维护费 完成预算的0%
      "warning 256 持平", // 增加 0 万元，增长 0%
      "error 258 模板残留",
      "info 264 增减率", // 67.94 within the hidden decimals of 24.58 and 52.11
      "warning 296 错别字", // 截止 2021 年 12 月 31 日 (截至)
    ]);
  });

  test("the 科学技术支出 sum names the figure that would fit", () => {
    const f = findings.find((x) => x.line === 154 && x.rule === "合计");
    expect(f?.message).toContain("“科学技术支出”应为299.91万元");
  });

  test("line numbers point at the input lines of the statements", () => {
    for (const f of findings) {
      // Every excerpt's first characters are on the reported line (spaces removed).
      const line = text
        .split("\n")
        [f.line - 1].replace(/\s+/g, "")
        .replace(/\(/g, "（")
        .replace(/\)/g, "）");
      expect(line).toContain(f.excerpt.slice(0, 2));
    }
    expect(findings.find((f) => f.rule === "上年为零")?.line).toBe(
      lineOf(text, "( 四) 资本性支出 0.18")
    );
  });
});
