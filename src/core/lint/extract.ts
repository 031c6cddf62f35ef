import { canonicalLabel, cleanLabel, subjectOf } from "./labels";
import { Stated, stated } from "./numbers";
import type { NormalizedText } from "./normalize";

/**
 * Statement extraction: the figures of the normalised text (amounts in 万元 or 元, percentages,
 * blanks where a figure is missing), what each figure is from the words before it, and the
 * statements they make together — completion (年初预算数为B，决算数为A，完成年初预算的R%),
 * change (较上年增加Δ万元，增长P%), share (X万元，占p%).
 */

export type Unit = "万元" | "元" | "%";

export type FigureRole =
  /** "收入总计1583.52万元" */
  | "level"
  /** "年初预算数为764.56万元" */
  | "budget"
  /** "决算数为1406.17万元" */
  | "actual"
  /** "较2020年减少1781.73万元" */
  | "delta"
  /** "下降53.01%" (after a delta) or "较上年下降3.2%" */
  | "rate"
  /** "完成年初预算的183.91%" */
  | "completionRate"
  /** "占89.04%", "占政府采购支出总额的100%" */
  | "share"
  | "other";

export interface Direction {
  word: string;
  up: boolean;
  /** An unresolved template alternative written after the word: "增加（减少）". */
  alternative?: string;
}

export interface Figure {
  index: number;
  /** Span of the figure (number(s) and unit) in the normalised text. */
  start: number;
  end: number;
  /** The numbers written: none for a blank ("完成预算的 %"), two for "304.42 138.93万元". */
  nums: Stated[];
  unit: Unit;
  /** Start of the clause (after ，；：、。 outside brackets) the figure is in. */
  clauseStart: number;
  /** The clause's words before the figure. */
  pre: string;
  role: FigureRole;
  /** What the figure is of ("收入总计"; for budget/actual the item, for a delta the clause's own subject). */
  label: string;
  labelStart: number;
  direction?: Direction;
  /** A delta or rate says what it compares with (较/比/与…相比/同比). */
  hasBasis: boolean;
  basis: "上年" | "年初预算";
  /** Share: the whole named after 占 ("政府采购支出总额"), "" when not named. */
  shareOf?: string;
  /** Share: a part named before 占 without an amount ("货物采购…金额占…"). */
  sharePart?: string;
  sentence: number;
  /**
   * The item the figure is about (subjectOf form): its own label's, or — when its label names no
   * item ("决算数", "较上年") — the subject carried along the chain of clauses before it.
   */
  subject: string;
  /** The figure's own label names the item (it does not lean on the chain). */
  ownSubject: boolean;
  /** 本年, 上年, or "2019年" (a year neither the document's nor the one before). */
  period: string;
  /**
   * An amount written without decimals in a sentence whose other amounts have them: the writer
   * dropped ".00", so it is exact rather than rounded to a whole 万元.
   */
  wholeNumber?: boolean;
  /** Budget figures and completion rates: which budget ("预算" when the text does not say). */
  budgetKind?: BudgetKind;
}

export type BudgetKind = "年初预算" | "全年预算" | "预算";

export interface Completion {
  /** The budget the rate is measured against (the 全年预算 for "完成全年预算的…"). */
  budget: Figure;
  /** A 年初预算 written beside a 全年预算 the rate is measured against (or the other way round). */
  otherBudget?: Figure;
  actual: Figure;
  rate?: Figure;
  /** "年初未安排预算" written instead of a rate. */
  unplanned: boolean;
  subject: string;
  start: number;
  end: number;
}

export interface Change {
  /** This year's figure of the item compared. */
  subject?: Figure;
  /** The base written out ("较上年X万元减少Y万元"): last year's figure of the item. */
  prior?: Figure;
  /** An earlier figure of the sentence that belongs to another item (the change is unbound). */
  unbound?: Figure;
  delta?: Figure;
  rate?: Figure;
  basis: "上年" | "年初预算";
  /** For a comparison with 年初预算: the completion statement giving the budget. */
  completion?: Completion;
  start: number;
  end: number;
}

export interface Share {
  part?: Figure;
  rate: Figure;
  start: number;
  end: number;
}

export interface Extracted {
  figures: Figure[];
  completions: Completion[];
  changes: Change[];
  shares: Share[];
  /** The completion a budget or actual figure belongs to. */
  completionOf: Map<Figure, Completion>;
  /** Level figures (and completion subjects) by canonical label; budgets under "key|年初预算". */
  labels: Map<string, Figure[]>;
  sentences: number[];
  /** The year the text reports on (its title's), when it says. */
  year?: number;
}

// No lookbehind: WebKit before Safari 16.4 cannot parse it, and the pane would not load on such a Mac.
// FIGURE must not start after a digit or point (see `notAfter`); BLANK's group 1 is the word before.
const FIGURE = /(\d+(?:\.\d+)?)(?: (\d+(?:\.\d+)?))?(万元|元|%)/g;
const BLANK = /(为|占|的|达|增加|减少|增长|下降|降低|上升|提高|）)(万元|元|%)/g;

/** The matches of global `re` whose first character does not follow one matching `before`. */
function* notAfter(text: string, re: RegExp, before: RegExp): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > 0 && before.test(text[m.index - 1])) re.lastIndex = m.index + 1;
    else yield m;
  }
}
const DELIMITERS = new Set(["，", "。", "；", "：", "、", "\n", "！", "？", "…"]);

const DIRECTION_WORDS = "增加|减少|增长|下降|降低|上升|提高|增多";
const DIRECTION = new RegExp(`(${DIRECTION_WORDS})(（(${DIRECTION_WORDS})）)?$`);
const UP_WORDS = new Set(["增加", "增长", "上升", "提高", "增多"]);
const BASIS = /较|比|与|同比|相比/;
const COMPLETION_RATE =
  /(完成(?:年初|全年|调整)?预算(?:数)?的?|预算完成率为?|完成率为?|为(?:年初|全年)?预算(?:数)?的)$/;
const SHARE = /占([^占，]*?)$/;
const BUDGET = /(?:完成)?(?:(年初|全年|调整后?)预算数?|预算数)为?$|完成预算$|预算为$/;
/** "决算预算为" / "完成预算为" are no budget figure (kept apart: no lookbehind, see FIGURE). */
const NOT_BUDGET = /(?:决算|完成)预算为$/;
const DIFFERENCE = /(差值|差额|相差)(为|是)?$/;
const ACTUAL = /(?:决算(?:支出)?数?|实际支出|执行数)为?$/;

export function isUp(word: string): boolean {
  return UP_WORDS.has(word);
}

export function extract(norm: NormalizedText): Extracted {
  const text = norm.text;
  const sentences = sentenceIndex(text);
  const year = documentYear(text);
  const figures = findFigures(text, sentences);
  bindSubjects(text, figures, year);
  markWholeNumbers(figures);
  const completions = findCompletions(text, figures);
  const completionOf = new Map<Figure, Completion>();
  for (const c of completions) {
    completionOf.set(c.budget, c);
    completionOf.set(c.actual, c);
  }
  const changes = findChanges(figures, completionOf);
  const shares = findShares(text, figures);
  const labels = new Map<string, Figure[]>();
  const register = (key: string, f: Figure) => {
    if (!key) return;
    const list = labels.get(key) ?? [];
    list.push(f);
    labels.set(key, list);
  };
  for (const f of figures) {
    if (f.nums.length === 0 || f.period !== "本年") continue;
    const c = completionOf.get(f);
    if (c) register(canonicalLabel(c.subject) + (f === c.budget ? "|年初预算" : ""), f);
    else if (f.role === "level" || f.role === "actual") register(canonicalLabel(f.label), f);
    else if (f.role === "budget") register(`${canonicalLabel(f.label)}|年初预算`, f);
  }
  return { figures, completions, changes, shares, completionOf, labels, sentences, year };
}

/**
 * The year reported on: the one in "2023年度部门决算" (the title, headings), else the year most
 * often written as "YYYY年度". Undefined when the text names none.
 */
export function documentYear(text: string): number | undefined {
  const titled = /(\d{4})年度?(?:部门|单位)?决算/.exec(text);
  if (titled) return Number(titled[1]);
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(\d{4})年度/g)) {
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [y, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = y;
  return best;
}

/** The last time word of a clause's words before an amount: 上年, a year, or none (本年). */
const PERIOD_WORD = /(上年度?|上一年度?|去年|(\d{4})年)(?!度?(?:结转|末结转|结余|初结转))/g;

export function periodOf(pre: string, year: number | undefined): string {
  let last: RegExpExecArray | undefined;
  for (const m of pre.matchAll(PERIOD_WORD)) last = m;
  if (!last) return "本年";
  if (!last[2]) return "上年";
  const y = Number(last[2]);
  if (year === undefined || y === year) return "本年";
  return y === year - 1 ? "上年" : `${y}年`;
}

function markWholeNumbers(figures: Figure[]): void {
  const amounts = figures.filter((f) => f.unit !== "%" && f.nums.length === 1);
  const withDecimals = new Set(
    amounts.filter((f) => f.nums[0].decimals > 0).map((f) => f.sentence)
  );
  for (const f of amounts)
    if (f.nums[0].decimals === 0 && withDecimals.has(f.sentence)) f.wholeNumber = true;
}

/** Hard breaks and list markers end a chain of clauses about one subject. */
const CHAIN_BREAK =
  /\n|（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+、|(?:^|[^\d.])\d+[、.](?!\d)/;

/**
 * Subjects and periods: each figure gets the item its label names or, failing that, the item of
 * the clauses before it, as long as no heading or list marker came between.
 */
function bindSubjects(text: string, figures: Figure[], year: number | undefined): void {
  // The items of a bracketed breakdown ("2712万元（其中：购置费0万元，运行维护费2712万元），比预算数
  // 减少107万元") carry their subject inside the brackets only: after them the chain is the outer item's.
  let outer = "";
  let inner = "";
  let from = 0;
  const depth = bracketDepths(text);
  for (const f of figures) {
    if (CHAIN_BREAK.test(text.slice(from, f.labelStart))) outer = inner = "";
    from = f.end;
    const inside = depth[f.start] > 0;
    if (!inside) inner = "";
    const own = subjectOf(f.label);
    f.ownSubject = own !== "";
    if (own && inside) inner = own;
    else if (own) outer = own;
    f.subject = own || inner || outer;
    const amountLike = f.role === "level" || f.role === "actual" || f.role === "budget";
    f.period = amountLike ? periodOf(f.pre, year) : "本年";
  }
}

/** depth[i]: how many "（" are open at text[i]. */
function bracketDepths(text: string): number[] {
  const depth: number[] = new Array(text.length);
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "）") open = Math.max(0, open - 1);
    depth[i] = open;
    if (text[i] === "（") open++;
  }
  return depth;
}

/** sentences[i]: index of the sentence (split at 。！？ and hard breaks) holding text[i]. */
function sentenceIndex(text: string): number[] {
  const out: number[] = new Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    out[i] = n;
    if (text[i] === "。" || text[i] === "\n" || text[i] === "！" || text[i] === "？") n++;
  }
  return out;
}

/** Start of the clause holding position `pos`: back to a delimiter outside brackets, or `floor`. */
export function clauseStart(text: string, pos: number, floor = 0): number {
  let depth = 0;
  for (let i = pos - 1; i >= floor; i--) {
    const ch = text[i];
    if (ch === "）") depth++;
    else if (ch === "（") {
      if (depth === 0) return i + 1;
      depth--;
    } else if (depth === 0 && DELIMITERS.has(ch)) return i + 1;
  }
  return floor;
}

function findFigures(text: string, sentences: number[]): Figure[] {
  const raw: { start: number; end: number; nums: Stated[]; unit: Unit }[] = [];
  for (const m of notAfter(text, FIGURE, /[\d.]/)) {
    const nums = [stated(m[1])];
    if (m[2] !== undefined) nums.push(stated(m[2]));
    raw.push({ start: m.index, end: m.index + m[0].length, nums, unit: m[3] as Unit });
  }
  for (const m of text.matchAll(BLANK)) {
    const start = m.index + m[1].length;
    if (/单位(为|：)?$/.test(text.slice(Math.max(0, start - 4), start))) continue;
    raw.push({ start, end: m.index + m[0].length, nums: [], unit: m[2] as Unit });
  }
  raw.sort((a, b) => a.start - b.start);

  const figures: Figure[] = [];
  let floor = 0;
  for (const r of raw) {
    const floorBefore = floor;
    floor = r.end;
    const { cs, pre } = labelledClause(text, r.start, floorBefore);
    const f: Figure = {
      index: figures.length,
      ...r,
      clauseStart: cs,
      pre,
      role: "other",
      label: "",
      labelStart: cs,
      hasBasis: false,
      basis: "上年",
      sentence: sentences[r.start] ?? 0,
      subject: "",
      ownSubject: false,
      period: "本年",
    };
    classify(f);
    if ((f.role === "delta" || f.role === "rate") && !f.hasBasis) basisBefore(text, f, floorBefore);
    const prev = figures[figures.length - 1];
    // "完成预算X万元的Y%": the rate's clause is the budget's.
    if (
      f.unit === "%" &&
      f.pre === "的" &&
      prev?.role === "budget" &&
      prev.end === f.clauseStart &&
      /完成/.test(prev.pre)
    ) {
      f.role = "completionRate";
      f.budgetKind = prev.budgetKind;
    }
    figures.push(f);
  }
  return figures;
}

/**
 * The clause a figure is read in and its words before the figure. A total's name cut from its
 * figure by a stray comma ("支出总计，867.48万元": the comma of "1,867.48" with its first digit lost)
 * is the figure's label: a clause of nothing but "…总计"/"…合计" names no other figure.
 */
function labelledClause(text: string, at: number, floor: number): { cs: number; pre: string } {
  const cs = clauseStart(text, at, floor);
  if (cs !== at || cs - 1 <= floor || text[cs - 1] !== "，") return { cs, pre: text.slice(cs, at) };
  const start = clauseStart(text, cs - 1, floor);
  const label = text.slice(start, cs - 1);
  if (/(?:总计|合计)$/.test(label) && !/\d/.test(label)) return { cs: start, pre: label };
  return { cs, pre: "" };
}

/** "与2021年度预算相比，增加1.14万元": the comparison named in the clause before. */
const COMPARED_WITH = /^(?:与|较|比|同)(.{0,24}?)(?:相比|比较|相较)$/;

function basisBefore(text: string, f: Figure, floor: number): void {
  if (f.clauseStart < 1 || f.clauseStart - 1 < floor) return;
  const start = clauseStart(text, f.clauseStart - 1, floor);
  const m = COMPARED_WITH.exec(text.slice(start, f.clauseStart - 1));
  if (!m) return;
  f.hasBasis = true;
  f.basis = /预算/.test(m[1]) ? "年初预算" : "上年";
}

function classify(f: Figure): void {
  const setLabel = (words: string) => {
    const { label, skipped } = cleanLabel(words);
    f.label = label;
    f.labelStart = f.clauseStart + skipped;
  };
  const dir = DIRECTION.exec(f.pre);
  if (dir) {
    f.role = isAmountUnit(f.unit) ? "delta" : "rate";
    f.direction = { word: dir[1], up: isUp(dir[1]), alternative: dir[3] };
    const before = f.pre.slice(0, dir.index);
    const basis = BASIS.exec(before);
    f.hasBasis = basis !== null;
    f.basis = /预算/.test(before) ? "年初预算" : "上年";
    setLabel(basis ? before.slice(0, basis.index) : before);
    return;
  }
  if (isAmountUnit(f.unit)) {
    // "差值为0.9万元": a difference between figures, neither an item's amount nor a total.
    if (DIFFERENCE.test(f.pre)) {
      setLabel(f.pre);
      return;
    }
    const budget = NOT_BUDGET.test(f.pre) ? null : BUDGET.exec(f.pre);
    const actual = budget ? null : ACTUAL.exec(f.pre);
    f.role = budget ? "budget" : actual ? "actual" : "level";
    const m = budget ?? actual;
    if (budget) f.budgetKind = budgetKindOf(budget[0]);
    setLabel(m ? f.pre.slice(0, m.index) : f.pre);
    return;
  }
  const completion = COMPLETION_RATE.exec(f.pre);
  if (completion) {
    f.role = "completionRate";
    f.budgetKind = budgetKindOf(completion[0]);
    setLabel(f.pre.replace(COMPLETION_RATE, ""));
    return;
  }
  const share = SHARE.exec(f.pre);
  if (share) {
    f.role = "share";
    // "占89.04%", "占比为89.04%" name no whole; "占政府采购支出总额的100%" does.
    f.shareOf = share[1].replace(/(的|比重|比例|为)+$/, "").replace(/^(比重?|比例)$/, "");
    const before = f.pre.slice(0, share.index);
    f.sharePart = cleanLabel(before).label;
    setLabel(before);
    return;
  }
  setLabel(f.pre);
}

const isAmountUnit = (u: Unit) => u !== "%";

function budgetKindOf(words: string): BudgetKind {
  return /年初/.test(words) ? "年初预算" : /全年|调整/.test(words) ? "全年预算" : "预算";
}

function findCompletions(text: string, figures: Figure[]): Completion[] {
  const out: Completion[] = [];
  const sameChain = (x: Figure | undefined, y: Figure): x is Figure =>
    x !== undefined &&
    x.sentence === y.sentence &&
    (!x.ownSubject || !y.ownSubject || x.subject === y.subject);
  let taken = -1;
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i];
    const b = figures[i + 1];
    if (a.sentence !== b.sentence) continue;
    const pair =
      a.role === "budget" && b.role === "actual"
        ? { budget: a, actual: b }
        : a.role === "actual" && b.role === "budget"
          ? { budget: b, actual: a }
          : undefined;
    if (!pair || pair.actual.period !== "本年" || pair.budget.period !== "本年") continue;
    // "年初预算为0万元，全年预算为B万元，决算为A万元": a second budget of the other kind.
    const isOther = (f: Figure | undefined): f is Figure =>
      f?.role === "budget" && f.budgetKind !== pair.budget.budgetKind && sameChain(f, pair.budget);
    const before = figures[i - 1];
    const after = figures[i + 2];
    const other = i - 1 > taken && isOther(before) ? before : isOther(after) ? after : undefined;
    const last = other && other === after ? after : b;
    const next = figures[last.index + 1];
    const rate =
      next && next.sentence === b.sentence && next.role === "completionRate" ? next : undefined;
    let budget = pair.budget;
    let otherBudget = other;
    if (other && rate && budgetFor(rate, other, pair.budget) === other) {
      budget = other;
      otherBudget = pair.budget;
    }
    const after2 = /^，?(年初)?未安排(年初)?预算/.exec(text.slice(last.end, last.end + 12));
    const unplanned = !rate && after2 !== null;
    const first = other && other === before ? before : a;
    out.push({
      budget,
      otherBudget,
      actual: pair.actual,
      rate,
      unplanned,
      subject: budget.label || pair.actual.label || (otherBudget?.label ?? ""),
      start: first.labelStart,
      end: rate ? rate.end : after2 ? last.end + after2[0].length : last.end,
    });
    taken = last.index;
    i = last.index;
  }
  return out;
}

/** Which of two budgets a completion rate is measured against ("完成全年预算的" → the 全年预算). */
function budgetFor(rate: Figure, x: Figure, y: Figure): Figure {
  const want = rate.budgetKind === "预算" ? "全年预算" : rate.budgetKind;
  if (x.budgetKind === want) return x;
  if (y.budgetKind === want) return y;
  return y;
}

function findChanges(figures: Figure[], completionOf: Map<Figure, Completion>): Change[] {
  const out: Change[] = [];
  const used = new Set<Figure>();
  for (const f of figures) {
    if (used.has(f) || (f.role !== "delta" && f.role !== "rate")) continue;
    let delta: Figure | undefined;
    let rate: Figure | undefined;
    if (f.role === "delta") {
      delta = f;
      const next = figures[f.index + 1];
      if (next && next.sentence === f.sentence && next.role === "rate" && !next.hasBasis) {
        rate = next;
        used.add(next);
      }
      if (!f.hasBasis && !rate) continue;
    } else {
      if (!f.hasBasis) continue;
      rate = f;
    }
    const first = delta ?? (rate as Figure);
    const { subject, prior, unbound } = boundFigures(figures, first);
    const basis = first.basis;
    const completion = basis === "年初预算" && subject ? completionOf.get(subject) : undefined;
    const last = rate ?? first;
    out.push({
      subject,
      prior,
      unbound,
      delta,
      rate,
      basis,
      completion: completion && completion.actual === subject ? completion : undefined,
      start: first.label ? first.labelStart : (subject?.labelStart ?? first.clauseStart),
      end: last.end,
    });
  }
  return out;
}

/**
 * The figures a change is about: this year's figure of the same item (the nearest earlier amount
 * of the sentence) and last year's when written as the base ("较上年X万元减少…"). An earlier
 * amount of another item binds nothing: it is returned as `unbound` so the check can say so.
 */
function boundFigures(
  figures: Figure[],
  first: Figure
): { subject?: Figure; prior?: Figure; unbound?: Figure } {
  let subject: Figure | undefined;
  let prior: Figure | undefined;
  let unbound: Figure | undefined;
  for (let j = first.index - 1; j >= 0 && figures[j].sentence === first.sentence; j--) {
    const g = figures[j];
    if (g.role !== "level" && g.role !== "actual") {
      // An earlier comparison of the same item is passed over; one of another item ends the chain.
      if ((g.role === "delta" || g.role === "rate") && g.subject !== first.subject) break;
      continue;
    }
    if (g.subject !== first.subject) {
      if (!subject && !prior) unbound = g;
      break;
    }
    if (g.period === "本年") {
      subject = g;
      break;
    }
    if (g.period === "上年" && !prior && first.basis === "上年") prior = g;
    else break;
  }
  return { subject, prior, unbound: subject ? undefined : unbound };
}

function findShares(text: string, figures: Figure[]): Share[] {
  const out: Share[] = [];
  for (const f of figures) {
    if (f.role !== "share") continue;
    let part: Figure | undefined;
    const prev = figures[f.index - 1];
    if (
      !f.sharePart &&
      prev &&
      prev.sentence === f.sentence &&
      (prev.role === "level" || prev.role === "actual") &&
      !/[；。\n]/.test(text.slice(prev.end, f.clauseStart))
    ) {
      part = prev;
    }
    out.push({ part, rate: f, start: part ? part.labelStart : f.clauseStart, end: f.end });
  }
  return out;
}
