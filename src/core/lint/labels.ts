import type { Decimal } from "../money";

/**
 * Labels: the words before a figure ("本部门2021年度收入总计" → 收入总计) and the key by which
 * a label is matched to another label or to a workbook fact.
 */

const MARKER = /^(（[一二三四五六七八九十\d]+）|\d+[、.]|[一二三四五六七八九十]+、)/;
const SCOPE = /^(本部门|本单位|我部门|我单位|本局|部门)?(\d{4}年度?|本年度)?/;
/** "安徽省寿县文物保护中心2023年度…": a department's name before the year. */
const NAMED_SCOPE = /^[^\d，。；：、（）]{2,30}?(?:\d{4}年度?)(?!\d|末|初|\d{1,2}月)/;

/** The label a clause gives its figure: list markers, 其中, 本部门20xx年度 and a final 为 removed. */
export function cleanLabel(pre: string): { label: string; skipped: number } {
  let text = pre;
  let skipped = 0;
  const drop = (re: RegExp) => {
    const m = re.exec(text);
    if (m && m[0]) {
      skipped += m[0].length;
      text = text.slice(m[0].length);
    }
  };
  drop(MARKER);
  drop(/^其中：?/);
  drop(MARKER);
  drop(SCOPE);
  drop(NAMED_SCOPE);
  return { label: text.replace(/(为|是)$/, ""), skipped };
}

/** Labels of one thing written differently: suffixes 支出/费/等, 的, quotes and scope aliases dropped. */
const ALIASES: Record<string, string> = {
  公务用车购置及运行维护: "公务用车购置及运行",
  公务用车运行维护: "公务用车运行",
  财政拨款本年: "财政拨款",
  财政拨款本年支出: "财政拨款",
};

/** Items that are always 一般公共预算财政拨款: a label scoped so still means the same fact. */
const ALWAYS_GENERAL_BUDGET = new Set([
  "三公经",
  "因公出国（境）",
  "公务接待",
  "公务用车购置及运行",
  "公务用车购置",
  "公务用车运行",
  "机关运行经",
]);

export function canonicalLabel(label: string): string {
  let key = label
    .replace(/[“”"'‘’「」]/g, "")
    .replace(/的/g, "")
    // "本年基本支出" is 基本支出; 本年收入合计 / 本年支出合计 are names of their own.
    .replace(/^本年(?!(?:收入|支出)合计)(?=.{2})/, "");
  for (;;) {
    const next = key.replace(/(支出|费|等)$/, "");
    if (next === key || next.length < 2) break;
    key = next;
  }
  key = ALIASES[key] ?? key;
  const scoped = /^(一般公共预算财政拨款|一般公共预算|财政拨款)(.+)$/.exec(key);
  if (scoped && ALWAYS_GENERAL_BUDGET.has(ALIASES[scoped[2]] ?? scoped[2])) {
    key = ALIASES[scoped[2]] ?? scoped[2];
  }
  return key;
}

/**
 * Names of workbook facts matched against the draft (any spelling that canonicalLabel folds to the
 * same key matches: 对个人和家庭的补助 = 对个人和家庭补助支出, 公务接待费 = 公务接待费支出). A name
 * ending in 年初预算数 (or 年初预算) is the budget of that item ("公务接待费年初预算数").
 */
export const FACT_NAMES = [
  "收入总计",
  "支出总计",
  "年初结转和结余",
  "本年收入合计",
  "本年支出合计",
  "财政拨款收入",
  "上级补助收入",
  "事业收入",
  "经营收入",
  "附属单位上缴收入",
  "其他收入",
  "基本支出",
  "项目支出",
  "经营支出",
  "财政拨款支出",
  "一般公共预算财政拨款基本支出",
  "工资福利支出",
  "商品和服务支出",
  "对个人和家庭的补助",
  "资本性支出",
  "“三公”经费",
  "因公出国（境）费",
  "公务接待费",
  "公务用车购置及运行费",
  "公务用车购置费",
  "公务用车运行费",
  "机关运行经费",
  "政府采购支出总额",
] as const;

export const BUDGET_SUFFIX = /年初预算数?$/;

/** Facts keyed by canonical label; budgets under "key|年初预算". */
export function factIndex(
  facts: ReadonlyMap<string, Decimal>
): Map<string, { name: string; value: Decimal }> {
  const index = new Map<string, { name: string; value: Decimal }>();
  for (const [name, value] of facts) {
    const budget = BUDGET_SUFFIX.test(name);
    const key = canonicalLabel(name.replace(BUDGET_SUFFIX, "")) + (budget ? "|年初预算" : "");
    index.set(key, { name, value });
  }
  return index;
}

/**
 * The subject of a label: the item a figure is about, in canonicalLabel form, with the words that
 * say what is measured (决算数, 年初预算数…) or when (上年, 2020年, 较…) removed. "" when nothing
 * but such words is left ("决算数较上年…", "较上年…"): the subject then comes from the clause chain.
 */
export function subjectOf(label: string): string {
  let s = label
    .replace(/^(其中|另外|此外)：?/, "")
    .replace(/^(按)?同口径/, "")
    .replace(/^(较|比|与)/, "")
    .replace(/^(上年度?|上一年度?|去年|\d{4}年度?)(同期)?/, "")
    .replace(/^(的|为|是)/, "");
  for (;;) {
    const next = s.replace(MEASURE_TAIL, "");
    if (next === s) break;
    s = next;
  }
  // "…和事业单位使用财政拨款安排“三公”经费支出总额": the 三公 total, whatever scope is named before it.
  if (SANGONG_TOTAL.test(s)) s = "三公经费";
  const key = canonicalLabel(s);
  return GENERIC_SUBJECTS.has(key) ? "" : key;
}

const SANGONG_TOTAL = /[“"']?三公[”"']?经费(?:支出)?(?:总额|合计|总计)$/;

const MEASURE_TAIL =
  /(决算数?|执行数|实际支出|(?:年初|全年|调整后?)?预算数?|数|合计数|共计|累计|为|是|的)$/;

/** Words that name no item of their own. */
const GENERIC_SUBJECTS = new Set([
  "",
  "支出",
  "收入",
  "金额",
  "资金",
  "共",
  "总额",
  "全年",
  "相比",
  "完成",
  "实际",
  "本年",
  "年度",
  "累计",
]);

/**
 * Totals whose parts are known in full (the 公开表 columns): a list naming exactly these parts of
 * the total must add up to it; a list of some of them may fall short but never exceed it.
 */
export const COMPOSITIONS: Record<string, readonly string[]> = {
  三公经: ["因公出国（境）", "公务接待", "公务用车购置及运行"],
  公务用车购置及运行: ["公务用车购置", "公务用车运行"],
  政府采购支出总额: ["政府采购货物", "政府采购工程", "政府采购服务"],
};

/** Pairs of totals of the 收入支出决算总表 and 财政拨款收入支出决算总表 that are equal. */
export const EQUAL_TOTALS: readonly (readonly [string, string])[] = [
  ["收入总计", "支出总计"],
  ["财政拨款收入总计", "财政拨款支出总计"],
];

/**
 * 本年支出合计 = 基本支出 + 项目支出 (+ 上缴上级支出 + 经营支出 + 对附属单位补助支出): the parts
 * that must be written for the equation to be complete, and those that may be left out as 0.
 */
export const SPENDING_PARTS = {
  total: "本年支出合计",
  required: ["基本支出", "项目支出"],
  optional: ["上缴上级支出", "经营支出", "对附属单位补助支出"],
} as const;

/** Misspellings reviewers send back, with the right word (warnings). */
export const TYPOS: readonly {
  wrong: RegExp;
  right: string;
  why: string;
  /** Not a typo after this character ("收支决算情况说明" is whole). */
  notAfter?: string;
}[] = [
  {
    wrong: /截止(?:到)?(?=\d{4}年\d{1,2}月\d{1,2}日|\d{4}年末|\d{4}年底|年末|年底)/g,
    right: "截至",
    why: "“截至”后接时间点（截至2023年12月31日）；“截止”表示到期停止，不接日期",
  },
  {
    wrong: /支决算情况说明/g,
    right: "支出决算情况说明",
    why: "标题漏字",
    notAfter: "收",
  },
  {
    wrong: /收决算情况说明/g,
    right: "收入决算情况说明",
    why: "标题漏字",
  },
];
