import type { Decimal } from "../money";

/**
 * Labels: the words before a figure ("本部门2021年度收入总计" → 收入总计) and the key by which
 * a label is matched to another label or to a workbook fact.
 */

const MARKER = /^(（[一二三四五六七八九十\d]+）|\d+[、.]|[一二三四五六七八九十]+、)/;
const SCOPE = /^(本部门|本单位|我部门|我单位|本局|部门)?(\d{4}年度?|本年度)?/;

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
  let key = label.replace(/[“”"'‘’「」]/g, "").replace(/的/g, "");
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
