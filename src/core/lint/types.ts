import type { Decimal } from "../money";
import { SEVERITY_LABEL, Severity } from "../severity";

/** The one Severity (src/core/severity.ts), under the names the linter's callers use. */
export type LintSeverity = Severity;

/** One problem found in a 决算情况说明 draft. */
export interface LintFinding {
  /** Stable rule id (see LINT_RULES). */
  rule: LintRule;
  severity: LintSeverity;
  /** What is wrong and what the figures say, in Chinese. */
  message: string;
  /** 1-based line of the input on which the flagged statement starts. */
  line: number;
  /** The statement as read (spaces and PDF line breaks removed). */
  excerpt: string;
  /** The figures the finding is computed from, as understood (empty when it uses none). */
  claims: Claim[];
}

/** What a written figure says, as the linter understood it. */
export interface Claim {
  /** The item, in the vocabulary's spelling ("“三公”经费", "本年收入合计"); "" when undecided. */
  subject: string;
  /** 本年, 上年, or a year ("2019年") that is neither the text's nor the one before. */
  period: string;
  measure: Measure;
  /** What a change, rate or share is measured against: 上年, 年初预算, 全年预算, a total's name. */
  basis?: string;
  /** The number as written ("1583.52", "0"). */
  value: string;
  /** Decimals written: 1583.52 stands for [1583.515, 1583.525). */
  precision: number;
  unit: "万元" | "元" | "%" | "人";
}

export type Measure =
  | "决算"
  | "年初预算"
  | "全年预算"
  | "预算"
  | "增减额"
  | "增减率"
  | "占比"
  | "完成率"
  | "人数"
  | "其他";

export interface LintOptions {
  /**
   * Figures from the workbook in 万元, by indicator name (see FACT_NAMES in labels.ts for the names
   * matched and the spellings accepted). A stated figure that does not round to its fact is an error.
   */
  facts?: ReadonlyMap<string, Decimal>;
  /**
   * What the workbook tells of the draft: its format's 情况说明 outline, empty tables, 决算年度 and
   * 部门名称. Turns on the completeness warnings (主要原因 here; missing sections and unexplained
   * empty tables through lintOutline over the whole draft) and checks titles against the workbook.
   */
  outline?: LintOutline;
}

/**
 * What lint knows from the workbook: the titles of its format's numbered 情况说明 sections, in
 * order, and (when read from a workbook) its empty tables, 决算年度 and 部门名称.
 */
export interface LintOutline {
  sections: readonly string[];
  /** Tables the workbook shows without a single non-zero figure: the draft should say so. */
  emptyTables?: readonly EmptyTable[];
  /** 决算年度 (基础信息): the draft's titles and self-references name it. */
  year?: number;
  /** 部门名称 (基础信息, else the 部门 line above the tables). */
  department?: string;
}

export interface EmptyTable {
  /** 表号 as printed ("公开08表"). */
  code: string;
  /** "政府性基金预算财政拨款收入支出决算表". */
  title: string;
  /** The format's 空表 note, when it has one ("本部门本年度没有使用…，故本表无数据。"). */
  note?: string;
}

/** The rules, with what each checks (shown by `juesuan lint --help` and in the docs). */
export const LINT_RULES = {
  方向词:
    "增减额与增减率的方向词一致：增加↔增长，减少↔下降；与年初预算比较时与决算数、预算数的大小一致",
  增减额: "增减额等于本年数与上年数（或决算数与年初预算数）之差",
  增减率: "增减率等于增减额除以上年数（或年初预算数）",
  占比: "占比等于部分除以总数",
  完成率: "完成率等于决算数除以年初预算数",
  合计: "列出的各部分之和等于所写合计（各部分的增减之和等于合计的增减）；收入总计＝支出总计＝年初结转和结余＋本年收入合计（＋使用非财政拨款结余）；财政拨款收入总计＝财政拨款支出总计；本年支出合计＝基本支出＋项目支出（＋上缴上级支出＋经营支出＋对附属单位补助支出）",
  前后不一: "同一指标（收入总计、本年收入合计等）在不同地方写的数字一致",
  缺少数字: "应有数字的地方没有数字（“完成预算的 %”“增长%”“为万元”）",
  多余数字: "只应有一个数字的地方写了两个数字",
  数量级: "某个数字小数点错位（如 1291 应为 12.91）时，按能使等式成立的数字指出",
  上年为零: "上年数为 0 时不写增长率，应写“上年无此项支出”或“为新增支出”",
  预算为零: "年初预算数为 0 时不写完成率，应写“年初未安排预算”",
  持平: "增减额为 0 时应写“与上年持平”，不写“增加 0 万元，增长 0%”",
  模板残留: "未删去的模板备选词（“增加（减少）”“增长（下降）”）或占位符（【…】、XX）",
  工作簿: "所写数字与工作簿中的同名指标一致（--workbook）",
  无增减: "写“持平”“无增减”“无变化”时，所比较的两个数字确实相等",
  人数: "年末实有人数不少于其中所列在职、离休、退休等人数之和",
  未核对: "无法确定某个数字指哪一项或哪一年，因此没有核对（提示）",
  错别字: "审核常退回的用字和标题问题（“截止”应为“截至”，标题漏字）",
  标题: "标题、小标题和“本部门××年度决算”所写的年度、部门名称与工作簿“基础信息”一致（--workbook），没有工作簿时与正文的标题一致；正文中比较用的上年年度不算",
  缺少部分: "情况说明有本格式提纲中的各部分标题（--workbook，按工作簿的公开表格式）",
  主要原因: "“三公”经费各项和机关运行经费写了增减时，同一段落写明主要原因（--workbook）",
  空表说明:
    "工作簿中没有数字的表（政府性基金、国有资本经营、“三公”经费等），情况说明写明本部门没有相关收支或该表为空表（--workbook）；本格式的情况说明没有该表的部分时只作提示",
} as const;

export type LintRule = keyof typeof LINT_RULES;

export const SEVERITY_TAG = SEVERITY_LABEL;
