import { oneYearFormat } from "../derive";
import type { FormatProfile } from "../types";
import { FACTS } from "../jiangxi-2021/facts";
import { RULES, FILL, VOCABULARY } from "./data";
import { NARRATIVE } from "./narrative";
import { TABLES } from "./tables";

/** 名词解释 of the 上海 2024 样张 (第四部分), without its “主要是：XXXX” placeholders. */
const GLOSSARY: readonly string[] = [
  "财政拨款收入：指单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。",
  "事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。",
  "经营收入：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。",
  "其他收入：指单位取得的除“财政拨款收入”“事业收入”“经营收入”等以外的收入。",
  "年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
  "年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定继续使用的资金。",
  "基本支出：指单位为保障机构正常运转、完成日常工作任务而发生的各项支出。",
  "项目支出：指单位为完成特定的行政工作任务或事业发展目标，在基本支出之外发生的各项支出。",
  "经营支出：指事业单位在专业活动及辅助活动之外开展非独立核算经营活动发生的支出。",
  "“三公”经费：指单位使用本级财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
  "机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。",
];

/** 上海市 2024 年度部门决算公开：九张表，情况说明十一部分。 */
export const shanghai2024: FormatProfile = {
  ...oneYearFormat("shanghai-2024", "上海市2024年度部门决算公开表（九张表）", "上海", 2024),
  tables: TABLES,
  fill: FILL,
  rules: RULES,
  narrative: NARRATIVE,
  lintFacts: FACTS,
  vocabulary: VOCABULARY,
  glossary: GLOSSARY,
  sample: "jingdezhen-2021",
  sampleYear: 2024,
  references: [
    "上海市 XX 局 2024 年度部门决算（上海市财政局发布的部门决算公开样张，PDF，23 页）：九张表的标题、表头和表注，情况说明十一部分的结构和措辞，名词解释，车辆分类",
  ],
};
