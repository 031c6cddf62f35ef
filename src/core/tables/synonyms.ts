import { normHeader, normLabel, normText } from "./normalize";

/**
 * How departments across provinces word the same title, caption or line: data, so a variant seen in
 * a published table is one more entry here, not code. Keys are the wording the templates use
 * (profiles may add their own); values are the other wordings that mean the same thing. Matching is
 * one way (a template caption accepts its variants), so "决算数" may stand for 金额 without 金额
 * standing for 公开07表's 决算数 group.
 *
 * Sources: the 公开表 of the corpus under test/fixtures/real-tables/ (each file names its page).
 */

/** Table titles, by the template title. */
export const TITLE_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  // 云南 prints 01表 as 收入支出决算表 (耿马 2022, 砚山 2023), 04表 as 财政拨款收入支出决算表 (耿马 2022) and
  // 05表 as 一般公共预算财政拨款收入支出决算表 (隆阳 2018 … 砚山 2023); tables of contents at
  // https://www.yngm.gov.cn/info/1086/81598.htm, http://yanshan.gov.cn/view/jsgk/164896.html and
  // https://www.longyang.gov.cn/info/2731/8656429.htm. 湖北曾都 2018 words 01–04表 as “…决算总体情况表”
  // (http://www.zengdu.gov.cn/zwgk/fdzdgknr/czzj/czyjs/czjszd/2018nbmczjs/202008/t20200810_823341.shtml).
  收入支出决算总表: ["收入支出决算表", "部门收支决算总体情况表"],
  财政拨款收入支出决算总表: ["财政拨款收入支出决算表", "财政拨款收支决算总体情况表"],
  收入决算表: ["收入决算总表", "部门收入决算总体情况表"],
  支出决算表: ["支出决算总表", "部门支出决算总体情况表"],
  一般公共预算财政拨款支出决算表: [
    "一般公共预算财政拨款支出决算明细表",
    "一般公共预算支出决算表",
    "一般公共预算财政拨款支出决算功能分类明细表",
    "一般公共预算财政拨款收入支出决算表",
  ],
  一般公共预算财政拨款基本支出决算表: [
    "一般公共预算财政拨款基本支出决算明细表",
    "一般公共预算基本支出决算表",
    "一般公共预算财政拨款基本支出决算经济分类表",
  ],
  "一般公共预算财政拨款“三公”经费支出决算表": [
    "财政拨款“三公”经费支出决算表",
    "“三公”经费支出决算表",
    "一般公共预算财政拨款“三公”经费支出决算情况表",
    "财政拨款“三公”经费支出决算情况表",
    "“三公”经费支出决算情况表",
    "一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表",
    "“三公”经费及会议费、培训费支出决算表",
    // Seen in published 三公 tables of the corpus (预算 and 决算 statistics share the layout).
    "“三公”经费决算情况统计表",
    "“三公”经费情况统计表",
    "“三公”经费预算支出表",
    "“三公”经费预算情况表",
    "“三公”经费预算表",
    "“三公”经费支出预算表",
    "“三公”经费决算汇总表",
    "“三公”经费决算情况",
    "“三公”经费预算财政拨款情况统计表",
  ],
  政府性基金预算财政拨款收入支出决算表: [
    "政府性基金预算财政拨款支出决算表",
    "政府性基金预算财政拨款收支决算表",
  ],
  国有资本经营预算财政拨款支出决算表: [
    "国有资本经营预算财政拨款收入支出决算表",
    "国有资本经营预算支出决算表",
    "国有资本经营预算财政拨款收支决算表",
  ],
  国有资产占用情况表: ["国有资产占用情况决算表"],
};

/**
 * Titles of tables outside the set that end like one of its titles: "项目收入支出决算表" is not
 * 收入支出决算表, "一般公共预算财政拨款项目支出决算表" is not 支出决算表. A title cell ending with one of
 * these (longer than the wording it would match) names no table of the set. Sources: the tables of
 * contents at https://www.xjbl.gov.cn/info/2256/32775.htm (新疆博乐, the full 决算 set),
 * https://www.longyang.gov.cn/info/2731/8656429.htm and http://yanshan.gov.cn/view/jsgk/164896.html (云南).
 */
export const OTHER_TITLES: readonly string[] = [
  "项目收入支出决算表",
  "财政专户管理资金收入支出决算表",
  "项目支出决算表",
];

/** Column captions, by the template caption. */
export const CAPTION_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  金额: ["决算数", "本年决算数", "决算金额", "年末数", "金额(万元)", "金额(元)"],
  // "2017年决算(万元)", "2020年度支出 (万元)": the year and the unit are dropped before matching.
  决算数: ["金额", "决算金额", "合计", "本年决算数", "决算", "支出"],
  预算数: ["本年预算数", "年初预算数", "全年预算数"],
  科目编码: [
    "功能分类科目编码",
    "支出功能分类科目编码",
    "收入功能分类科目编码",
    "功能科目编码",
    "经济分类科目编码",
    "部门经济分类科目编码",
    "支出经济分类科目编码",
    "科目代码",
    "编码",
    "科目编号",
  ],
  科目名称: [
    "功能分类科目名称",
    "支出功能分类科目名称",
    "经济分类科目名称",
    "部门经济分类科目名称",
    "名称",
    "科目",
  ],
  项目: ["科目", "项目名称"],
  小计: ["合计"],
  合计: ["小计", "总计", "三公经费合计"],
  本年收入合计: ["合计", "本年收入", "收入合计"],
  本年支出合计: ["合计", "本年支出", "支出合计"],
  财政拨款收入: ["财政拨款"],
  年初结转和结余: ["年初结转结余", "年初结余"],
  年末结转和结余: ["年末结转结余", "年末结余"],
  本年收入: ["收入"],
  "因公出国（境）费": ["因公出国(境)费用", "出国(境)费"],
  公务用车购置及运行费: ["公务用车购置及运行维护费", "公务用车费"],
  公务用车运行费: ["公务用车运行维护费"],
};

/** Fixed line labels, by the template label (numbering and "其中：" are ignored anyway). */
export const LABEL_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  总计: ["收入总计", "支出总计", "总 计"],
  合计: ["三公经费合计", "三公经费", "小计", "支出合计", "三公经费支出合计", "总三公经费支出"],
  年初结转和结余: ["年初结转结余", "上年结转和结余", "上年结转结余"],
  年末结转和结余: ["年末结转结余"],
  使用非财政拨款结余: ["使用非财政拨款结余(含专用结余)", "用事业基金弥补收支差额"],
  结余分配: ["结余分配(含专用结余)"],
  年初财政拨款结转和结余: ["年初财政拨款结转结余"],
  年末财政拨款结转和结余: ["年末财政拨款结转结余"],
  人员经费合计: ["人员经费小计", "人员经费"],
  公用经费合计: ["公用经费小计", "公用经费"],
  "因公出国（境）费": ["因公出国(境)费用", "因公出国(境)经费"],
  公务用车购置及运行费: ["公务用车购置及运行维护费", "公务用车费"],
  公务用车运行费: ["公务用车运行维护费"],
  公务用车购置费: ["公务用车购置"],
};

function foldedIndex(
  table: Readonly<Record<string, readonly string[]>>,
  fold: (text: unknown) => string
): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const [key, variants] of Object.entries(table))
    index.set(fold(key), new Set([key, ...variants].map(fold)));
  return index;
}

const TITLES = foldedIndex(TITLE_VARIANTS, normText);
const CAPTIONS = foldedIndex(CAPTION_VARIANTS, normHeader);
const LABELS = foldedIndex(LABEL_VARIANTS, normLabel);

const WORDINGS = new Map<string, readonly string[]>();

/** The wordings a template title may be published under (normText), longest first. */
export function titleWordings(title: string): readonly string[] {
  // Asked for every table of every format, for every sheet read: computed once per title.
  let wordings = WORDINGS.get(title);
  if (!wordings) {
    const own = normText(title);
    wordings = [...(TITLES.get(own) ?? [own])].sort((a, b) => b.length - a.length);
    WORDINGS.set(title, wordings);
  }
  return wordings;
}

const OTHERS = OTHER_TITLES.map(normText);

/** The title (normText) of a table outside the set that `text` ends with, if longer than `than`. */
export function otherTitleIn(text: string, than: number): string | undefined {
  return OTHERS.find((title) => title.length > than && text.endsWith(title));
}

/** "2017年预算数" is the 预算数 of the year the table is about. */
export const LEADING_YEAR = /^\d{4}(年度?|-)/;

/** A sheet caption (normHeader) stands for the template caption (normHeader). */
export function captionMeans(template: string, sheet: string): boolean {
  const bare = sheet.replace(LEADING_YEAR, "");
  return template === bare || Boolean(CAPTIONS.get(template)?.has(bare));
}

/** Every wording a template caption (normHeader) may have. */
export function captionWordings(template: string): string[] {
  return [...(CAPTIONS.get(template) ?? [template])];
}

/** A sheet line label (normLabel) stands for the template label (normLabel). */
export function labelMeans(template: string, sheet: string): boolean {
  return template === sheet || Boolean(LABELS.get(template)?.has(sheet));
}
