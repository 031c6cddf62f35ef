import type { FillResult } from "../../../src/core/app/fill";
import { filledSample } from "../../helpers/sample";

let result: FillResult;
beforeAll(async () => {
  result = (await filledSample()).result;
});

describe("the sample's 情况说明", () => {
  test("states the seed's correct figures", () => {
    const text = result.narrative.text;
    for (const sentence of [
      "本年收入合计1579.09万元，较2020年减少1781.73万元，下降53.01%",
      "对个人和家庭的补助支出161.68万元，较2020年增加24.05万元，增长17.47%",
      "工资福利支出613.66万元，较2020年减少225.07万元，下降26.83%",
      "本年支出合计1583.52万元，较2020年减少1919.14万元，下降54.79%",
      "财政拨款本年支出年初预算数为764.56万元，决算数为1406.17万元，完成年初预算的183.92%",
      "机关运行经费支出24.58万元",
      "本部门2021年年末实有人数108人，其中在职人员60人",
      "决算数较2020年减少12.91万元，下降59.52%",
    ])
      expect(text).toContain(sentence);
  });

  test("and none of its slips", () => {
    const text = result.narrative.text;
    expect(text).toContain("商品和服务支出24.58万元，较2020年减少1.29万元，下降4.99%"); // seed: 减少 … 增长
    expect(text).not.toMatch(/减少[\d.]+万元，增长|增加[\d.]+万元，下降/);
    expect(text).not.toMatch(/增加（减少）|增长（下降）|（减少）|（下降）/); // template leftovers
    expect(text).not.toMatch(/[^\d.]%|的\s*%/); // a percentage without its number
    expect(text).not.toContain("1291");
    expect(text).not.toMatch(/增长100(\.00)?%/); // base 0 gets words, not a percentage
    expect(text).toContain("资本性支出0.18万元，上年无此项支出");
    expect(text).toContain("科学技术支出年初预算数为0.00万元，决算数为299.91万元，年初未安排预算");
    expect(text).not.toMatch(/完成年初预算的0(\.00)?%/);
    expect(text).toContain(
      "因公出国（境）支出年初预算数为0.00万元，决算数为0.00万元，年初未安排预算；决算数与上年持平"
    );
    expect(text).toContain("公务用车运行维护费支出年初预算数为0.00万元"); // no “1.66” ghost figure
  });

  test("shares are stated as computed (not forced to 100%), from the displayed figures", () => {
    expect(result.narrative.text).toContain(
      "财政拨款收入1406.17万元，占89.05%；其他收入172.92万元，占10.95%。"
    );
    expect(result.narrative.text).toContain(
      "基本支出972.73万元，占61.43%；项目支出610.78万元，占38.57%。"
    );
  });

  test("a missing reason is visible in the text and reported", () => {
    expect(result.narrative.missingReasons).toEqual(
      expect.arrayContaining(["财政拨款支出|年初预算", "财政拨款支出|年初预算|206"])
    );
    expect(result.narrative.text).toContain(
      "科学技术支出年初预算数为0.00万元，决算数为299.91万元，年初未安排预算，主要原因是：【请填写主要原因】"
    );
    expect(result.warnings.join("\n")).toContain("主要原因未填写");
  });
});

describe("the jiangxi-2021 outline and numbering follow the seed", () => {
  test("第三部分 once, then 一、收入决算情况说明 … 九、预算绩效情况说明", () => {
    const headings = result.narrative.paragraphs
      .filter((p) => p.paragraph.heading)
      .map((p) => p.text);
    expect(headings.filter((h) => h.startsWith("第三部分"))).toEqual([
      "第三部分 2021年度部门决算情况说明",
    ]);
    expect(
      headings.slice(
        headings.indexOf("第三部分 2021年度部门决算情况说明") + 1,
        headings.indexOf("第四部分 名词解释")
      )
    ).toEqual([
      "一、收入决算情况说明",
      "二、支出决算情况说明",
      "三、财政拨款支出决算情况说明",
      "四、一般公共预算财政拨款基本支出决算情况说明",
      "五、一般公共预算财政拨款“三公”经费支出决算情况说明",
      "六、机关运行经费支出情况说明",
      "七、政府采购支出情况说明",
      "八、国有资产占用情况说明",
      "九、预算绩效情况说明",
    ]);
  });

  test("一、 opens with the 收入总计 sentence, as the seed's does", () => {
    const texts = result.narrative.paragraphs.map((p) => p.text);
    const first = texts[texts.indexOf("一、收入决算情况说明") + 1];
    expect(first).toMatch(/^本部门2021年度收入总计1583\.52万元，其中年初结转和结余4\.42万元/);
  });

  test("第四部分 名词解释 follows, numbered", () => {
    const texts = result.narrative.paragraphs.map((p) => p.text);
    const terms = texts.slice(texts.indexOf("第四部分 名词解释") + 1);
    expect(terms[0]).toMatch(/^一、财政拨款收入：/);
    expect(terms.some((t) => /^[一二三四五六七八九十]+、“三公”经费：/.test(t))).toBe(true);
  });

  test("九、 has the seed's three parts", () => {
    const texts = result.narrative.paragraphs.map((p) => p.text);
    const part = texts.slice(
      texts.indexOf("九、预算绩效情况说明") + 1,
      texts.indexOf("第四部分 名词解释")
    );
    expect(part.map((t) => t.slice(0, t.indexOf("。") + 1))).toEqual([
      "（一）绩效管理工作开展情况。",
      "（二）部门决算中项目绩效自评情况。",
      "（三）部门评价项目绩效评价情况。",
    ]);
    expect(part[0]).toContain("共涉及项目1个、资金137.50万元，占一般公共预算项目支出总额的22.69%");
  });
});
