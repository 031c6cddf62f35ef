import { jiangxi2024 } from "../../../src/core/profiles/jiangxi-2024";
import { shanghai2024 } from "../../../src/core/profiles/shanghai-2024";
import type { FormatProfile } from "../../../src/core/profiles/types";
import { chineseNumber } from "../../../src/core/text/chineseNumber";

/**
 * The 目录 of published disclosures (and of 上海's official 样张), typed by hand from the documents:
 * 第二部分's tables and 第三部分's 情况说明 sections, in order. Each format must print exactly these.
 */
interface PublishedOutline {
  source: string;
  url?: string;
  tables: string[];
  sections: string[];
}

const JIANGXI_TABLES = [
  "收入支出决算总表",
  "收入决算表",
  "支出决算表",
  "财政拨款收入支出决算总表",
  "一般公共预算财政拨款支出决算表",
  "一般公共预算财政拨款基本支出决算表",
  "政府性基金预算财政拨款收入支出决算表",
  "国有资本经营预算财政拨款支出决算表",
  "财政拨款“三公”经费支出决算表",
  "国有资产占用情况表",
];
const JIANGXI_SECTIONS = [
  "收入决算情况说明",
  "支出决算情况说明",
  "财政拨款支出决算情况说明",
  "一般公共预算财政拨款基本支出决算情况说明",
  "财政拨款“三公”经费支出决算情况说明",
  "机关运行经费支出情况说明",
  "政府采购支出情况说明",
  "国有资产占用情况说明",
  "预算绩效情况说明",
];

const PUBLISHED: [FormatProfile, PublishedOutline[]][] = [
  [
    jiangxi2024,
    [
      {
        source: "信丰县审计局2023年度部门决算（江西省赣州市）",
        url: "http://jxxf.gov.cn/xfxrmzfyyh/c101943/202409/918a1a6a8cc84f0aadc2fc0796113940.shtml",
        tables: JIANGXI_TABLES,
        sections: JIANGXI_SECTIONS,
      },
      {
        source: "南昌市青山湖区统计局2022年度部门决算（江西省南昌市）",
        url: "http://ncqsh.nc.gov.cn/ncqsh/qshqysjs10/202309/c1ff687a5b4e4170aa361a4fd0540a94.shtml",
        tables: JIANGXI_TABLES,
        sections: JIANGXI_SECTIONS,
      },
      {
        source: "中共九江市委宣传部2022年度部门决算（江西省九江市）",
        url: "https://jjwmw.jjxw.cn/jjwmw2022/gggs/2023-11-01/31207.html",
        tables: JIANGXI_TABLES,
        sections: JIANGXI_SECTIONS,
      },
    ],
  ],
  [
    shanghai2024,
    [
      {
        source: "上海市财政局 2024 年度部门决算公开样张（上海市 XX 局 2024 年度部门决算，目录）",
        tables: [
          "收入支出决算总表",
          "收入决算表",
          "支出决算表",
          "财政拨款收入支出决算总表",
          "一般公共预算财政拨款支出决算表",
          "一般公共预算财政拨款基本支出决算表",
          "财政拨款“三公”经费支出决算表",
          "政府性基金预算财政拨款收入支出决算表",
          "国有资本经营预算财政拨款收入支出决算表",
        ],
        sections: [
          "收入支出决算总体情况说明",
          "收入决算情况说明",
          "支出决算情况说明",
          "财政拨款收入支出决算总体情况说明",
          "一般公共预算财政拨款支出决算情况说明",
          "一般公共预算财政拨款基本支出决算情况说明",
          "财政拨款“三公”经费支出决算情况说明",
          "政府性基金预算财政拨款收入支出决算情况说明",
          "国有资本经营预算财政拨款收入支出决算情况说明",
          "预算绩效管理情况",
          "其他重要事项的情况说明",
        ],
      },
    ],
  ],
];

const numbered = (titles: readonly string[]) =>
  titles.map((title, i) => `${chineseNumber(i + 1)}、${title}`);

describe.each(PUBLISHED.map(([p, outlines]) => [p.id, p, outlines] as const))(
  "%s against published 目录",
  (_id, profile, outlines) => {
    test.each(outlines.map((o) => [o.source, o] as const))("%s", (_source, outline) => {
      expect(numbered(profile.tables.map((t) => t.title))).toEqual(numbered(outline.tables));
      expect(numbered(profile.narrative.sections.map((s) => s.title))).toEqual(
        numbered(outline.sections)
      );
    });
  }
);
