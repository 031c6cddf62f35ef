import { normalizeDraft } from "../../../src/core/lint";
import { brief, lint } from "../../helpers/lint";

/** Text pasted from a PDF: hard breaks, blank lines, spaces inside numbers and words, full width. */

describe("normalizeDraft", () => {
  test("joins sentences broken across lines and drops spaces, keeping each character's line", () => {
    const { text, lines } = normalizeDraft(
      "本年收入合计 1579.09 万元，较 2020\n\n年减少 1781.73 万元，下\n\n\n\n降 53.01%。"
    );
    expect(text).toBe("本年收入合计1579.09万元，较2020年减少1781.73万元，下降53.01%。");
    expect(lines[text.indexOf("较")]).toBe(1);
    expect(lines[text.indexOf("年减少")]).toBe(3);
    expect(lines[text.indexOf("降")]).toBe(7);
    expect(lines).toHaveLength(text.length);
  });

  test.each([
    ["1 579.09", "1579.09"],
    ["15 79.09", "1579.09"],
    ["6 842 356.18", "6842356.18"],
    ["6 842 35\n6.18", "6842356.18"],
    ["1579.\n09", "1579.09"],
    ["1579\n.09", "1579.09"],
    ["6842356.1\n8", "6842356.18"],
    ["520 000.\n\n00", "520000.00"],
    ["1,583.52", "1583.52"],
    ["１，５８３．５２", "1583.52"],
    ["１５８３．５２％", "1583.52%"],
  ])("the number %j reads %s", (input, expected) => {
    expect(normalizeDraft(`为${input}万元`).text).toBe(`为${expected}万元`);
  });

  test("two complete numbers stay two (304.42 138.93), and list markers stay apart", () => {
    expect(normalizeDraft("决算数为 304.42\n\n138.93 万元").text).toBe("决算数为304.42 138.93万元");
    expect(normalizeDraft("合计 12\n1、工资").text).toBe("合计12 1、工资");
  });

  test("folds punctuation: ASCII brackets and commas become Chinese, a thousands comma goes", () => {
    expect(
      normalizeDraft("其他支出 (对附属单位补助支出) 0 万元, 占 0 %; 其中: 1,234.50").text
    ).toBe("其他支出（对附属单位补助支出）0万元，占0%；其中：1234.50");
  });

  test("fences headings with hard breaks and drops page numbers", () => {
    const { text } = normalizeDraft("…完成预算的 87.8%\n\n- 3 -\n\n五、机关运行经费\n本部门");
    expect(text).toBe("…完成预算的87.8%\n五、机关运行经费\n本部门");
  });
});

describe("lint on text pasted from a PDF", () => {
  test("a correct statement broken across lines and inside numbers passes", () => {
    const text = [
      "本年收入合计 1 579.09 万元，较 2020",
      "",
      "年减少 1781.7",
      "3 万元，下降 53.",
      "01%，主要原因是：机构改革。",
    ].join("\n");
    expect(lint(text)).toEqual([]);
  });

  test("full-width digits and punctuation read the same", () => {
    expect(
      lint("本年收入合计１５７９．０９万元，较２０２０年减少１７８１．７３万元，下降５３．０１％。")
    ).toEqual([]);
    expect(
      brief(lint("商品和服务支出２４．５８万元，较２０２０年减少１．２９万元，增长４．９８％。"))
    ).toEqual(["error 1 方向词"]);
  });

  test("a finding reports the line where its statement starts", () => {
    const text = [
      "一、支出决算情况说明", // 1
      "", // 2
      "（二）商品和服务支出 24.58 万元，较 2020 年减少 1.29 万", // 3
      "", // 4
      "元，增长 4.98%，主要原因是：上下两年基本持平。", // 5
    ].join("\n");
    const [f] = lint(text);
    expect(f).toMatchObject({ rule: "方向词", line: 3 });
    expect(f.excerpt).toBe("商品和服务支出24.58万元，较2020年减少1.29万元，增长4.98%");
  });

  test("Windows line ends and tabs", () => {
    const [f] = lint("工资福利支出\t100.00 万元，\r\n较上年减少 10.00 万元，\r\n增长 9.09%。\r\n");
    expect(f).toMatchObject({ rule: "方向词", line: 1 });
  });
});

test("a thousands separator followed by a space still joins (“1, 537.4万元”), decimals before do not", () => {
  expect(normalizeDraft("运行维护费1, 537.4万元").text).toBe("运行维护费1537.4万元");
  expect(normalizeDraft("各是4125.49, 414.91万元").text).toBe("各是4125.49，414.91万元");
});
