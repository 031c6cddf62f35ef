import {
  Decimal,
  ExactSum,
  ZERO,
  cellNumberCents,
  centsToYuan,
  fromCellNumber,
  parseAmount,
} from "../money";
import type { Catalogs } from "../subjects";
import type { CellValue, SheetSnapshot } from "../workbook";
import type { InputProblem } from "./problems";
import { LEDGER_COLUMNS } from "./sheets";
import { cellText, locateColumns } from "./table";
import {
  FISCAL_SOURCES,
  FUND_SOURCES,
  RECORD_KINDS,
  RecordKind,
  SPENDING_NATURES,
} from "./vocabulary";
import type { Basics, LedgerData, LedgerGroup } from "./types";

/** Kinds whose lines carry a 功能分类 项 and a 资金来源. */
const CLASSIFIED_KINDS: ReadonlySet<string> = new Set([
  "收入",
  "支出",
  "年初结转和结余",
  "年末结转和结余",
]);
/** A whole ledger whose largest line is below this many 元 was almost surely typed in 万元. */
const WAN_SUSPICION_MAX = 10_000;

interface LedgerContext {
  basics: Basics;
  catalogs: Catalogs;
  formulas: boolean;
}

type Fail = (key: string, message: string) => void;

/** 功能分类: a 项 (7 digits) of the year's catalog; required on the kinds the tables classify. */
function checkFunctional(
  functional: string | undefined,
  classified: boolean,
  context: LedgerContext,
  fail: Fail
): void {
  if (functional === undefined) return; // reported by code()
  if (!functional) {
    if (classified) fail("functional", "缺少功能分类科目编码");
    return;
  }
  const catalog = context.catalogs.functional;
  if (functional.length !== 7)
    fail(
      "functional",
      `功能分类科目应填到“项”级（7位），「${functional}」是${functional.length === 5 ? "款" : functional.length === 3 ? "类" : "不完整的"}编码`
    );
  else if (!catalog.has(functional))
    fail(
      "functional",
      unknownCode(functional, "功能分类", context.basics.year, catalog.has(functional.slice(0, 5)))
    );
}

/** 支出性质: on 支出 lines only; 财政拨款 spending is 基本支出 or 项目支出. */
function checkNature(
  kind: RecordKind | undefined,
  source: string | undefined,
  nature: string | undefined,
  natureText: string,
  fail: Fail
): void {
  if (kind === "支出") {
    if (!natureText) fail("nature", "支出行缺少支出性质");
    else if (
      source &&
      nature &&
      (FISCAL_SOURCES as readonly string[]).includes(source) &&
      nature !== "基本支出" &&
      nature !== "项目支出"
    )
      fail("nature", `财政拨款（${source}）的支出只能是基本支出或项目支出，不能是${nature}`);
  } else if (kind && natureText) {
    fail("nature", `${kind}行不填支出性质`);
  }
}

/** 经济分类: a 款 (5 digits) of the year's catalog; required where 公开06表 lists by it. */
function checkEconomic(
  economic: string | undefined,
  line: { kind?: RecordKind; source?: string; nature?: string },
  context: LedgerContext,
  fail: Fail
): void {
  if (economic === undefined) return; // reported by code()
  const catalog = context.catalogs.economic;
  if (economic) {
    if (economic.length !== 5)
      fail("economic", `经济分类科目应填到“款”级（5位），「${economic}」不是款级编码`);
    else if (!catalog.has(economic))
      fail(
        "economic",
        unknownCode(economic, "经济分类", context.basics.year, catalog.has(economic.slice(0, 3)))
      );
  } else if (
    line.kind === "支出" &&
    (line.nature === "基本支出" || line.source === "一般公共预算财政拨款")
  ) {
    fail(
      "economic",
      `${line.source === "一般公共预算财政拨款" ? "一般公共预算财政拨款" : "基本支出"}的支出须填写经济分类科目编码（公开06表按经济分类列示）`
    );
  }
}

/** An amount as read: whole 分 (a number) where that is exact, else a Decimal of 元. */
type Amount = number | Decimal;

/**
 * A group as read: its amount is kept in whole 分 while that is exact and the Decimal is made only
 * when asked for, so a ledger of 10^5 lines makes no Decimal per line (`LedgerIndex` sums the 分).
 */
class Group implements LedgerGroup {
  private readonly sum = new ExactSum();
  private decimal: Decimal | undefined;

  /** The row of each unit's line in the group (a unit has one line per group); most have one unit. */
  private readonly unit: string;
  private otherUnits: Map<string, number> | undefined;

  constructor(
    readonly kind: RecordKind,
    readonly functional: string,
    readonly economic: string,
    readonly source: string,
    readonly nature: string,
    amount: Amount,
    readonly row: number,
    unit: string
  ) {
    this.addAmount(amount);
    this.unit = unit;
  }

  /** The row of the unit's line already in the group, if any. */
  rowOf(unit: string): number | undefined {
    return unit === this.unit ? this.row : this.otherUnits?.get(unit);
  }

  get cents(): number | undefined {
    return this.sum.wholeCents;
  }

  get amount(): Decimal {
    return (this.decimal ??= this.sum.total);
  }

  add(unit: string, row: number, amount: Amount): void {
    (this.otherUnits ??= new Map()).set(unit, row);
    this.addAmount(amount);
  }

  private addAmount(amount: Amount): void {
    if (typeof amount === "number") this.sum.addCents(amount);
    else this.sum.addYuan(amount);
    this.decimal = undefined;
  }
}

type Nest = Map<string, Nest | Map<string, Group>>;

/** The map at the end of the keys' path, made where missing. */
function nested(root: Nest, ...keys: string[]): Map<string, Group> {
  let node: Nest | Map<string, Group> = root;
  for (const key of keys) {
    let next: Nest | Map<string, Group> | undefined = (node as Nest).get(key);
    if (!next) (node as Nest).set(key, (next = new Map()));
    node = next;
  }
  return node as Map<string, Group>;
}

/** The line with the largest absolute amount (the first of equals), for the 万元 suspicion. */
class Largest {
  private cents = 0;
  private centsRow = -1;
  private decimal = ZERO;
  private decimalRow = -1;

  see(amount: Amount, row: number): void {
    if (typeof amount === "number") {
      if (Math.abs(amount) > this.cents) {
        this.cents = Math.abs(amount);
        this.centsRow = row;
      }
    } else if (amount.abs().greaterThan(this.decimal)) {
      this.decimal = amount.abs();
      this.decimalRow = row;
    }
  }

  result(): { amount: Decimal; row: number } {
    const cents = centsToYuan(this.cents);
    const order = cents.comparedTo(this.decimal);
    const centsFirst = order > 0 || (order === 0 && this.centsRow < this.decimalRow);
    return centsFirst
      ? { amount: cents, row: this.centsRow }
      : { amount: this.decimal, row: this.decimalRow };
  }
}

export function readLedger(
  sheet: SheetSnapshot,
  context: LedgerContext,
  problems: InputProblem[]
): LedgerData {
  const empty: LedgerData = {
    sheet: sheet.name,
    columns: { index: {}, headerRow: 0 },
    groups: [],
    lineCount: 0,
  };
  const columns = locateColumns(sheet, LEDGER_COLUMNS, "amount", problems, {
    required: ["unit", "kind", "functional", "economic", "source", "nature", "amount"],
  });
  if (!columns) return empty;
  const col = columns.index;
  const units = new Set(context.basics.units.map((u) => u.name));
  const groups: Group[] = [];
  // Groups by kind, 功能分类, 经济分类 and 资金来源 (nested maps: no key string per line), then 支出性质.
  const byFields: Nest = new Map();
  let lineCount = 0;
  const largest = new Largest();
  const headers = Object.fromEntries(LEDGER_COLUMNS.map((c) => [c.key, c.header]));

  // The row being read; the helpers below are made once, not per row (10^6 rows).
  let r = 0;
  let row: readonly CellValue[] = [];
  let ok = true;
  const problem = (key: string, message: string) =>
    problems.push({ sheet: sheet.name, row: r, col: col[key], column: headers[key], message });
  const raw = (key: string): CellValue => row[col[key]] ?? null;
  const fail = (key: string, message: string) => {
    ok = false;
    problem(key, message);
  };
  const failWith = (key: string) => (message: string) => fail(key, message);
  const fails = {
    kind: failWith("kind"),
    functional: failWith("functional"),
    source: failWith("source"),
    nature: failWith("nature"),
    economic: failWith("economic"),
    amount: failWith("amount"),
  };
  const exact = (key: string, canonical: string) => {
    // Live formulas match the cell text exactly, so what they would miss is an error here.
    const text = raw(key);
    if (context.formulas && canonical && String(text).trim() !== String(text))
      fail(key, `「${String(text)}」前后有空格，表中的公式无法匹配；请删除空格`);
  };

  for (r = columns.headerRow + 1; r < sheet.values.length; r++) {
    if (!sheet.values[r]) continue;
    row = sheet.values[r];
    const unit = cellText(raw("unit"));
    const kindText = cellText(raw("kind"));
    const amountCell = raw("amount");
    if (!unit && !kindText && (amountCell === null || amountCell === "")) {
      if (LEDGER_COLUMNS.every((c) => col[c.key] === undefined || cellText(row[col[c.key]]) === ""))
        continue;
    }

    ok = true;
    if (!unit) fail("unit", "缺少单位名称");
    else if (!units.has(unit))
      fail("unit", `单位「${unit}」不在“基础信息”的单位名单中（合并范围只含名单内的单位）`);

    const kind = vocabulary(kindText, RECORD_KINDS, "收支类型", fails.kind);
    exact("kind", kindText);

    const classified = kind !== undefined && CLASSIFIED_KINDS.has(kind);
    const functional = code(raw("functional"), context.formulas, fails.functional);
    checkFunctional(functional, classified, context, fail);

    const sourceText = cellText(raw("source"));
    const source = sourceText
      ? vocabulary(sourceText, FUND_SOURCES, "资金来源", fails.source)
      : undefined;
    if (classified && !sourceText) fail("source", "缺少资金来源");
    exact("source", sourceText);

    const natureText = cellText(raw("nature"));
    const nature = natureText
      ? vocabulary(natureText, SPENDING_NATURES, "支出性质", fails.nature)
      : undefined;
    exact("nature", natureText);
    checkNature(kind, source, nature, natureText, fail);

    const economic = code(raw("economic"), context.formulas, fails.economic);
    checkEconomic(economic, { kind, source, nature }, context, fail);

    const amount = readLedgerAmount(amountCell, context.formulas, fails.amount);
    if (!ok || !kind || amount === undefined) continue;
    lineCount++;
    largest.see(amount, r);

    const functionalCode = functional ?? "";
    const economicCode = kind === "支出" ? (economic ?? "") : "";
    const natures = nested(byFields, kind, functionalCode, economicCode, source ?? "");
    const group = natures.get(nature ?? "");
    const first = group?.rowOf(unit);
    if (first !== undefined) {
      problem(
        "unit",
        `与第${first + 1}行的单位、收支类型、科目、资金来源和支出性质都相同；同一组合只应有一行，请把金额合并到一行`
      );
      continue;
    }
    if (group) group.add(unit, r, amount);
    else {
      const created = new Group(
        kind,
        functionalCode,
        economicCode,
        source ?? "",
        nature ?? "",
        amount,
        r,
        unit
      );
      natures.set(nature ?? "", created);
      groups.push(created);
    }
  }

  const top = largest.result();
  if (lineCount >= 3 && top.amount.lessThan(WAN_SUSPICION_MAX)) {
    problems.push({
      sheet: sheet.name,
      row: top.row,
      col: col.amount,
      column: headers.amount,
      message: `金额看起来是以万元填写的：全部 ${lineCount} 行中最大一笔只有 ${top.amount.toFixed()}。本列以元为单位，请把万元数乘以 10000`,
    });
  }
  return { sheet: sheet.name, columns, groups, lineCount };
}

function vocabulary<T extends string>(
  text: string,
  allowed: readonly T[],
  caption: string,
  fail: (message: string) => void
): T | undefined {
  if (!text) {
    fail(`缺少${caption}`);
    return undefined;
  }
  if ((allowed as readonly string[]).includes(text)) return text as T;
  fail(`${caption}「${text}」无效，应为：${allowed.join("、")}`);
  return undefined;
}

const DIGITS = /^[0-9]+$/;

/** The code typed, normalised; "" when blank, undefined when wrong (and reported). */
function code(
  value: CellValue,
  formulas: boolean,
  fail: (message: string) => void
): string | undefined {
  if (value === null || value === undefined) return "";
  const text = String(value);
  // ASCII digits only: NFKC and the space removal below leave it as it is.
  if (DIGITS.test(text)) return text;
  const normalized = text.normalize("NFKC").replace(/\s+/g, "");
  if (normalized && !/^\d+$/.test(normalized)) {
    fail(`科目编码「${text}」应只含数字`);
    return undefined;
  }
  if (formulas && normalized !== text) {
    fail(`科目编码「${text}」含空格或全角数字，表中的公式无法匹配；请改为「${normalized}」`);
    return undefined;
  }
  return normalized;
}

function unknownCode(code: string, label: string, year: number, parentKnown: boolean): string {
  return parentKnown
    ? `${label}科目「${code}」不在${year}年科目表中；如为新增科目，请在“科目补充”表中补充`
    : `${label}科目「${code}」不在${year}年科目表中，其上级科目也不存在；请核对编码，或在“科目补充”表中连同上级一并补充`;
}

function readLedgerAmount(
  value: CellValue,
  formulas: boolean,
  fail: (message: string) => void
): Amount | undefined {
  if (value === null || value === "") return 0;
  if (typeof value === "number") {
    const cents = cellNumberCents(value);
    if (cents !== undefined) return cents; // whole 分: at most two decimals
    const amount = fromCellNumber(value);
    if (amount.decimalPlaces() > 2) {
      fail(
        `金额 ${amount.toFixed()} 有 ${amount.decimalPlaces()} 位小数；本列以元为单位，最多到分（两位小数）`
      );
      return undefined;
    }
    return amount;
  }
  if (typeof value === "boolean") {
    fail(`「${value ? "TRUE" : "FALSE"}」不是金额`);
    return undefined;
  }
  const parsed = parseAmount(value);
  if (!parsed.ok) {
    fail(parsed.error);
    return undefined;
  }
  if (formulas && !parsed.blank) {
    fail(
      `「${value}」是文本格式，表中的公式不会计入；请改为数值（或改用“数值”方式填报，命令行为 --values）`
    );
    return undefined;
  }
  if (parsed.value.decimalPlaces() > 2) {
    fail(`金额「${value}」超过两位小数；本列以元为单位，最多到分`);
    return undefined;
  }
  return parsed.value;
}
