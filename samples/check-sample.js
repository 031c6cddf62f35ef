#!/usr/bin/env node
/*
 * 样例数据自检：samples/jingdezhen-2021.json
 *
 * 独立脚本，不引用 src/ 的代码（只读取科目表 JSON 和 src/core/inputs/*.ts 中的名称清单）。
 * 1. 校验输入：单位、收支类型、资金来源、支出性质、科目编码（功能分类须为科目表中的 7 位项，经济分类须为
 *    科目表中的 5 位款）、金额最多两位小数、没有重复组合、指标/补充信息/比较项名称与源码一致。
 * 2. 按 fill 的口径（元全精度求和 → 除以 10000 → 四舍五入到两位）算出公开表和情况说明中的数字，
 *    与种子材料（2021 年决算公开文本）逐项对照，打印“种子 / 计算”两列。
 * 3. 任何不符（不在下方“已知差异”清单中的）都以退出码 1 结束。
 *
 * 用法：node samples/check-sample.js [样例文件]
 */
/* global require, __dirname, process, console */
"use strict";

const fs = require("fs");
const path = require("path");
const Decimal = require("decimal.js");

Decimal.set({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

const ROOT = path.resolve(__dirname, "..");
const SAMPLE = process.argv[2]
  ? path.resolve(process.argv[2])
  : path.join(__dirname, "jingdezhen-2021.json");

const sample = JSON.parse(fs.readFileSync(SAMPLE, "utf8"));
const problems = [];
const problem = (message) => problems.push(message);

// ---------------------------------------------------------------- vocabularies and catalogs
const RECORD_KINDS = [
  "收入",
  "支出",
  "年初结转和结余",
  "年末结转和结余",
  "使用非财政拨款结余",
  "结余分配",
];
const FISCAL = ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"];
const FUND_SOURCES = [
  ...FISCAL,
  "上级补助收入",
  "事业收入",
  "经营收入",
  "附属单位上缴收入",
  "其他收入",
];
const NATURES = ["基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"];
const UNIT_TYPES = ["行政单位", "参照公务员法管理事业单位", "事业单位", "其他"];
const GENERAL = "一般公共预算财政拨款";
/** 公开06表: 人员经费 and 公用经费 roots; nothing else may carry 一般公共预算 基本支出. */
const PERSONNEL = ["301", "303"];
const PUBLIC_USE = ["302", "307", "310", "399"];

function catalog(name) {
  const file = path.join(ROOT, "src/core/subjects/data", `${name}-${sample.year}.json`);
  return new Map(JSON.parse(fs.readFileSync(file, "utf8")).entries.map(([c, n]) => [c, n]));
}
const functional = catalog("functional");
const economic = catalog("economic");

/** Names defined in the TypeScript sources, read as text so this script needs no build. */
function sourceText(rel) {
  return fs.readFileSync(path.join(ROOT, rel), "utf8");
}
function block(text, startMarker) {
  const start = text.indexOf(startMarker);
  if (start < 0) throw new Error(`找不到 ${startMarker}`);
  let depth = 0;
  for (let i = text.indexOf("= [", start) + 2; i < text.length; i++) {
    if (text[i] === "[") depth++;
    else if (text[i] === "]" && --depth === 0) return text.slice(start, i + 1);
  }
  throw new Error(`${startMarker} 未闭合`);
}
const indicatorsTs = sourceText("src/core/inputs/indicators.ts");
const INDICATORS = new Map(
  [
    ...block(indicatorsTs, "export const INDICATORS").matchAll(/\{\s*name: "([^"]+)"([\s\S]*?)\}/g),
  ].map((m) => [
    m[1],
    {
      budget: /budget: true/.test(m[2]),
      prior: /prior: true/.test(m[2]),
      byCode: (m[2].match(/byCode: "(\w+)"/) || [])[1],
    },
  ])
);
const COMPARISONS = new Map(
  [
    ...block(indicatorsTs, "export const COMPARISONS").matchAll(
      /versus\("([^"]+)", "(上年|年初预算)"(?:, "(\w+)")?\)/g
    ),
  ].map((m) => [`${m[1]}较${m[2]}增减${m[3] ? "|" + m[3] : ""}`, m[3]])
);
const suppTs = block(
  sourceText("src/core/inputs/supplementary.ts"),
  "export const SUPPLEMENTARY_ITEMS"
);
const SUPPLEMENTARY = new Map();
for (const m of suppTs.matchAll(/items\(\s*"[^"]*",\s*"([^"]+)",\s*\[([^\]]*)\]/g))
  for (const n of m[2].matchAll(/"([^"]+)"/g)) SUPPLEMENTARY.set(n[1], m[1]);
for (const m of suppTs.matchAll(/name: "([^"]+)",\s*unit: "([^"]+)"/g))
  SUPPLEMENTARY.set(m[1], m[2]);

// ---------------------------------------------------------------- validation
const dec = (n) => new Decimal(String(n));
const unitTypes = new Map();
if (!Array.isArray(sample.units) || sample.units.length === 0) problem("units 为空");
for (const u of sample.units || []) {
  if (!u.name) problem("单位缺少名称");
  if (!UNIT_TYPES.includes(u.type)) problem(`单位「${u.name}」性质「${u.type}」不在列表中`);
  if (unitTypes.has(u.name)) problem(`单位「${u.name}」重复`);
  unitTypes.set(u.name, u.type);
}

const lines = [];
const seen = new Map();
sample.ledger.forEach((row, i) => {
  const at = `收支明细第${i + 1}行`;
  if (!Array.isArray(row) || row.length !== 8) return problem(`${at}：应为 8 列`);
  const [unit, kind, f, e, source, nature, amount, memo] = row;
  if (!unitTypes.has(unit)) problem(`${at}：单位「${unit}」未登记`);
  if (!RECORD_KINDS.includes(kind)) problem(`${at}：收支类型「${kind}」无效`);
  const classified = ["收入", "支出", "年初结转和结余", "年末结转和结余"].includes(kind);
  if (classified) {
    if (typeof f !== "string" || !/^\d{7}$/.test(f))
      problem(`${at}：功能分类应为 7 位项级编码，实为「${f}」`);
    else if (!functional.has(f)) problem(`${at}：功能分类「${f}」不在科目表中`);
    if (!FUND_SOURCES.includes(source)) problem(`${at}：资金来源「${source}」无效`);
  } else if (f !== null) problem(`${at}：${kind}行不填功能分类`);
  if (kind === "支出") {
    if (typeof e !== "string" || !/^\d{5}$/.test(e))
      problem(`${at}：经济分类应为 5 位款级编码，实为「${e}」`);
    else if (!economic.has(e)) problem(`${at}：经济分类「${e}」不在科目表中`);
    if (!NATURES.includes(nature)) problem(`${at}：支出性质「${nature}」无效`);
    if (FISCAL.includes(source) && !["基本支出", "项目支出"].includes(nature))
      problem(`${at}：财政拨款支出只能是基本支出或项目支出`);
    if (
      source === GENERAL &&
      nature === "基本支出" &&
      ![...PERSONNEL, ...PUBLIC_USE].includes(String(e).slice(0, 3))
    )
      problem(
        `${at}：一般公共预算财政拨款基本支出的经济分类「${e}」不属于 301/302/303/307/310/399`
      );
  } else {
    if (e !== null) problem(`${at}：${kind}行不填经济分类`);
    if (nature !== null) problem(`${at}：${kind}行不填支出性质`);
  }
  if (typeof amount !== "number" || !Number.isFinite(amount)) return problem(`${at}：金额不是数字`);
  const value = dec(amount);
  if (value.decimalPlaces() > 2) problem(`${at}：金额 ${amount} 超过两位小数`);
  if (value.lte(0)) problem(`${at}：金额应为正数`);
  if (memo !== null && typeof memo !== "string") problem(`${at}：摘要应为文字或 null`);
  const key = [unit, kind, f, e, source, nature].join("|");
  if (seen.has(key)) problem(`${at}：与第${seen.get(key) + 1}行组合重复`);
  seen.set(key, i);
  lines.push({ unit, kind, f, e, source, nature, amount: value });
});

for (const [i, row] of (sample.budgetPrior || []).entries()) {
  const [name, code, budget, prior] = row;
  const at = `预算与上年数第${i + 1}行`;
  const ind = INDICATORS.get(name);
  if (!ind) {
    problem(`${at}：指标「${name}」不在 INDICATORS 中`);
    continue;
  }
  if (code !== null) {
    if (!ind.byCode) problem(`${at}：指标「${name}」不按类分行，不应填科目编码`);
    else if (
      !/^\d{3}$/.test(code) ||
      !(ind.byCode === "functional" ? functional : economic).has(code)
    )
      problem(
        `${at}：科目编码「${code}」不是${ind.byCode === "functional" ? "功能" : "经济"}分类的类`
      );
  }
  if (budget !== null && !ind.budget) problem(`${at}：指标「${name}」没有年初预算数`);
  if (prior !== null && !ind.prior) problem(`${at}：指标「${name}」没有上年决算数`);
  for (const v of [budget, prior])
    if (v !== null && (typeof v !== "number" || dec(v).decimalPlaces() > 2))
      problem(`${at}：金额「${v}」无效`);
}
for (const [name, value] of Object.entries(sample.supplementary || {})) {
  const unit = SUPPLEMENTARY.get(name);
  if (!unit) problem(`补充信息「${name}」不在 SUPPLEMENTARY_ITEMS 中`);
  else if (unit === "文字") {
    if (typeof value !== "string") problem(`补充信息「${name}」应为文字`);
  } else if (typeof value !== "number") problem(`补充信息「${name}」应为数字`);
  else if (unit !== "元" && !Number.isInteger(value)) problem(`补充信息「${name}」应为整数`);
  else if (unit === "元" && dec(value).decimalPlaces() > 2)
    problem(`补充信息「${name}」超过两位小数`);
}
for (const name of SUPPLEMENTARY.keys())
  if (!(name in (sample.supplementary || {}))) problem(`补充信息缺少「${name}」（无此事项请填 0）`);
for (const [i, [caption, code, text]] of (sample.reasons || []).entries()) {
  const at = `主要原因第${i + 1}行`;
  const plain = COMPARISONS.has(caption);
  const coded = [...COMPARISONS.keys()].find((k) => k.startsWith(caption + "|"));
  if (!plain && !coded) problem(`${at}：比较项「${caption}」不在 COMPARISONS 中`);
  else if (code !== null && !coded) problem(`${at}：比较项「${caption}」不按类分行`);
  else if (code === null && !plain) problem(`${at}：比较项「${caption}」须填科目编码`);
  if (!text || /^主要原因/.test(text)) problem(`${at}：原因为空或以“主要原因”开头`);
}

// ---------------------------------------------------------------- aggregation as fill does it
const sum = (pred) => lines.filter(pred).reduce((a, l) => a.plus(l.amount), new Decimal(0));
const by = (filter) =>
  sum(
    (l) =>
      l.kind === filter.kind &&
      (!filter.sources || filter.sources.includes(l.source)) &&
      (!filter.nature || l.nature === filter.nature) &&
      (!filter.f || l.f.startsWith(filter.f)) &&
      (!filter.e || l.e.startsWith(filter.e)) &&
      (!filter.units || filter.units.includes(l.unit))
  );
/** 元 → 万元 shown: full precision / 10000, 四舍五入 to 2 decimals. */
const wan = (yuan) => yuan.div(10000).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const pct = (part, whole) =>
  whole.isZero() ? null : part.div(whole).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const yuan = (x) => (x === null || x === undefined ? null : dec(x));
const bp = (name, code = null) => {
  const row = (sample.budgetPrior || []).find((r) => r[0] === name && r[1] === code);
  return row ? { budget: yuan(row[2]), prior: yuan(row[3]) } : { budget: null, prior: null };
};
const supp = (name) => dec(sample.supplementary[name]);

const income = (sources) => by({ kind: "收入", sources });
const spend = (extra = {}) => by({ kind: "支出", ...extra });

const T = {};
T.收一般 = income([GENERAL]);
T.收基金 = income(["政府性基金预算财政拨款"]);
T.收国资 = income(["国有资本经营预算财政拨款"]);
T.财政拨款收入 = income(FISCAL);
for (const s of ["上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"])
  T[s] = income([s]);
T.本年收入合计 = income();
T.使用非财政拨款结余 = by({ kind: "使用非财政拨款结余" });
T.年初 = by({ kind: "年初结转和结余" });
T.收入总计 = T.本年收入合计.plus(T.使用非财政拨款结余).plus(T.年初);
T.本年支出合计 = spend();
T.结余分配 = by({ kind: "结余分配" });
T.年末 = by({ kind: "年末结转和结余" });
T.支出总计 = T.本年支出合计.plus(T.结余分配).plus(T.年末);
for (const n of NATURES) T[n] = spend({ nature: n });
T.财政拨款支出 = spend({ sources: FISCAL });
T.一般基本 = spend({ sources: [GENERAL], nature: "基本支出" });
T.一般项目 = spend({ sources: [GENERAL], nature: "项目支出" });
const econ = (root) => spend({ sources: [GENERAL], nature: "基本支出", e: root });
T.人员经费 = PERSONNEL.reduce((a, r) => a.plus(econ(r)), new Decimal(0));
T.公用经费 = PUBLIC_USE.reduce((a, r) => a.plus(econ(r)), new Decimal(0));
const adminUnits = sample.units
  .filter((u) => ["行政单位", "参照公务员法管理事业单位"].includes(u.type))
  .map((u) => u.name);
T.机关运行经费 = PUBLIC_USE.reduce(
  (a, r) =>
    a.plus(by({ kind: "支出", sources: [GENERAL], nature: "基本支出", e: r, units: adminUnits })),
  new Decimal(0)
);
const classesUsed = [
  ...new Set(lines.filter((l) => l.kind === "支出").map((l) => l.f.slice(0, 3))),
].sort();
const three = ["因公出国（境）费", "公务用车购置费", "公务用车运行费", "公务接待费"];
T.三公决算 = three.reduce((a, n) => a.plus(supp(n)), new Decimal(0));
T.三公预算 = three.reduce((a, n) => a.plus(bp(n).budget || 0), new Decimal(0));
T.三公上年 = three.reduce((a, n) => a.plus(bp(n).prior || 0), new Decimal(0));
T.政府采购 = ["政府采购货物支出", "政府采购工程支出", "政府采购服务支出"].reduce(
  (a, n) => a.plus(supp(n)),
  new Decimal(0)
);

// ---------------------------------------------------------------- comparison with the seed
/**
 * Where the seed's printed figure cannot be reproduced by any consistent data, the sample follows the
 * reading chosen in README.md; the seed's text is still printed, marked 差异(README 第 n 条).
 */
const rows = [];
let failures = 0;
function check(label, seed, computed, options = {}) {
  const shown =
    computed === null ? "—" : computed instanceof Decimal ? computed.toFixed(2) : String(computed);
  const expected = options.expect !== undefined ? options.expect : seed;
  const ok = expected === null || expected === undefined ? true : String(expected) === shown;
  const same = (a, b) =>
    String(a) === String(b) ||
    (/^-?\d+(\.\d+)?$/.test(String(a)) &&
      /^-?\d+(\.\d+)?$/.test(String(b)) &&
      new Decimal(a).eq(b));
  let status = ok ? "一致" : "不符";
  if (ok && seed !== null && seed !== undefined && !same(seed, shown))
    status = options.note ? `差异(README 第${options.note}条)` : "差异(未说明)";
  if (status === "差异(未说明)") failures++;
  if (!ok) failures++;
  rows.push([
    label,
    seed === null || seed === undefined ? "（未载）" : String(seed),
    shown,
    status,
  ]);
}
const W = (x) => wan(x);
const WP = (x) => (x === null ? null : wan(x)); // prior/budget in 万元
const fmt = (n) => new Decimal(n).toFixed(2);
const delta = (cur, prev) => W(cur).minus(W(prev)).abs();
const change = (cur, prev) => pct(W(cur).minus(W(prev)).abs(), W(prev));

// 公开01表
check("公开01表 一、一般公共预算财政拨款收入", "1406.17", W(T.收一般));
check("公开01表 二、政府性基金预算财政拨款收入", "0.00", W(T.收基金));
check("公开01表 三、国有资本经营预算财政拨款收入", "0.00", W(T.收国资));
check("公开01表 四、上级补助收入", null, W(T.上级补助收入), { expect: "0.00" });
check("公开01表 五、事业收入", "0.00", W(T.事业收入));
check("公开01表 六、经营收入", "0.00", W(T.经营收入));
check("公开01表 七、附属单位上缴收入", null, W(T.附属单位上缴收入), { expect: "0.00" });
check("公开01表 八、其他收入", "172.92", W(T.其他收入));
check("公开01表 本年收入合计", "1579.09", W(T.本年收入合计));
check("公开01表 使用非财政拨款结余", null, W(T.使用非财政拨款结余), { expect: "0.00" });
check("公开01表 年初结转和结余", "4.42", W(T.年初));
check("公开01表 收入总计", "1583.52", W(T.收入总计));
check("公开01表 本年支出合计", "1583.52", W(T.本年支出合计));
check("公开01表 结余分配", null, W(T.结余分配), { expect: "0.00" });
check("公开01表 年末结转和结余（收入总计−本年支出合计）", null, W(T.年末), { expect: "0.00" });
check("公开01表 支出总计", "1583.52", W(T.支出总计));
const allClass = { 201: "1075.54", 206: "304.42", 208: "145.21", 210: "24.88", 221: "33.47" };
for (const c of classesUsed)
  check(
    `公开01表/03表 ${c} ${functional.get(c)}（全部资金）`,
    c === "206" ? "304.42" : null,
    W(spend({ f: c })),
    {
      expect: allClass[c],
    }
  );
// 公开02表 / 03表 合计 row
check("公开02表 合计 财政拨款收入", "1406.17", W(T.财政拨款收入));
check("公开03表 合计 基本支出", "972.73", W(T.基本支出));
check("公开03表 合计 项目支出", "610.78", W(T.项目支出));
check("公开03表 合计 上缴上级支出", "0", W(T.上缴上级支出), { expect: "0.00" });
check("公开03表 合计 经营支出", "0", W(T.经营支出), { expect: "0.00" });
check("公开03表 合计 对附属单位补助支出", "0", W(T.对附属单位补助支出), { expect: "0.00" });
check("公开03表 206 项目支出（全部资金）", "138.93", W(spend({ f: "206", nature: "项目支出" })));
// 公开04/05表
check("公开04表 本年收入合计（财政拨款）", "1406.17", W(T.财政拨款收入));
check("公开04表 年初财政拨款结转和结余", null, W(by({ kind: "年初结转和结余", sources: FISCAL })), {
  expect: "0.00",
});
check("公开04表 本年支出合计（财政拨款）", "1406.17", W(T.财政拨款支出));
check("公开04表 年末财政拨款结转和结余", null, W(by({ kind: "年末结转和结余", sources: FISCAL })), {
  expect: "0.00",
});
const fiscalClass = { 201: "902.70", 206: "299.91", 208: "145.21", 210: "24.88", 221: "33.47" };
for (const c of classesUsed)
  check(
    `公开04/05表 ${c} ${functional.get(c)}（财政拨款）`,
    c === "206" ? "304.42 / 138.93（残缺）" : fiscalClass[c] || null,
    W(spend({ f: c, sources: FISCAL })),
    { expect: fiscalClass[c] || "0.00", note: 3 }
  );
check("公开05表 合计 基本支出", "800.11", W(T.一般基本));
check("公开05表 合计 项目支出（推得）", null, W(T.一般项目), { expect: "606.06" });
// 公开06表
const econSeed = { 301: "613.66", 302: "24.58", 303: "161.68", 310: "0.18" };
for (const r of [...PERSONNEL, ...PUBLIC_USE])
  check(`公开06表 ${r} ${economic.get(r)}`, econSeed[r] || null, W(econ(r)), {
    expect: econSeed[r] || "0.00",
  });
check("公开06表 人员经费合计（推得）", null, W(T.人员经费), { expect: "775.35" });
check("公开06表 公用经费合计（推得）", null, W(T.公用经费), { expect: "24.76" });
check("公开06表 人员经费＋公用经费 = 公开05表基本支出", "800.11", W(T.人员经费.plus(T.公用经费)));
// 公开07表
check("公开07表 预算数 合计", "10.00", WP(T.三公预算));
check("公开07表 决算数 合计", "8.78", WP(T.三公决算));
check(
  "公开07表 因公出国（境）费 预算/决算",
  "0.00/0.00",
  `${fmt(WP(bp("因公出国（境）费").budget))}/${fmt(WP(supp("因公出国（境）费")))}`
);
check(
  "公开07表 公务用车购置费 预算/决算",
  "0.00/0.00",
  `${fmt(WP(bp("公务用车购置费").budget))}/${fmt(WP(supp("公务用车购置费")))}`
);
check(
  "公开07表 公务用车运行费 预算/决算",
  "0.00/0.00",
  `${fmt(WP(bp("公务用车运行费").budget))}/${fmt(WP(supp("公务用车运行费")))}`
);
check(
  "公开07表 公务用车购置及运行费 决算",
  "1.66",
  WP(supp("公务用车购置费").plus(supp("公务用车运行费"))),
  { expect: "0.00", note: 16 }
);
check(
  "公开07表 公务接待费 预算/决算",
  "10.00/8.78",
  `${fmt(WP(bp("公务接待费").budget))}/${fmt(WP(supp("公务接待费")))}`
);
check("公务接待费决算 = 公开06表 30217（一般公共预算基本支出）", "8.78", W(econ("30217")));
// 公开08/09/10表
check(
  "公开08表 政府性基金预算财政拨款支出",
  null,
  W(by({ kind: "支出", sources: ["政府性基金预算财政拨款"] })),
  { expect: "0.00" }
);
check(
  "公开09表 国有资本经营预算财政拨款支出",
  null,
  W(by({ kind: "支出", sources: ["国有资本经营预算财政拨款"] })),
  { expect: "0.00" }
);
const assets = ["流动资产", "固定资产", "对外投资", "无形资产", "其他资产"].reduce(
  (a, n) => a.plus(supp(n)),
  new Decimal(0)
);
check("公开10表 资产总额", "无", W(assets), { expect: "0.00", note: 24 });
const vehicles = [
  "领导干部用车",
  "一般公务用车",
  "执法执勤用车",
  "特种专业技术用车",
  "其他用车",
].reduce((a, n) => a + sample.supplementary[n], 0);
check("公开10表 车辆数", "0", vehicles);

// 情况说明：收入、支出
check("说明 本年收入合计较上年减少", "1781.73", delta(T.本年收入合计, bp("本年收入合计").prior));
check("说明 本年收入合计下降%", "53.01", change(T.本年收入合计, bp("本年收入合计").prior));
check("说明 年初结转和结余较上年减少", "689.12", delta(T.年初, bp("年初结转和结余").prior));
check("说明 本年支出合计较上年减少", "1919.14", delta(T.本年支出合计, bp("本年支出合计").prior));
check("说明 本年支出合计下降%", "54.79", change(T.本年支出合计, bp("本年支出合计").prior));
check(
  "上年 收入总计（推得：上年本年收入合计＋上年年初结转和结余）",
  null,
  WP(bp("收入总计").prior),
  {
    expect: fmt(WP(bp("本年收入合计").prior.plus(bp("年初结转和结余").prior))),
  }
);
check("上年 支出总计 = 上年收入总计", null, WP(bp("支出总计").prior), { expect: "4054.36" });
check("说明 财政拨款收入占本年收入%", "89.04", pct(W(T.财政拨款收入), W(T.本年收入合计)), {
  expect: "89.05",
  note: 2,
});
check("说明 其他收入占本年收入%", "10.96", pct(W(T.其他收入), W(T.本年收入合计)), {
  expect: "10.95",
  note: 2,
});
check("说明 基本支出占本年支出%", "61.42", pct(W(T.基本支出), W(T.本年支出合计)), {
  expect: "61.43",
  note: 2,
});
check("说明 项目支出占本年支出%", "38.58", pct(W(T.项目支出), W(T.本年支出合计)), {
  expect: "38.57",
  note: 2,
});
// 财政拨款支出 vs 年初预算
check("说明 财政拨款支出年初预算数", "764.56", WP(bp("财政拨款支出").budget));
const classBudgetSum = classesUsed.reduce(
  (a, c) => a.plus(bp("财政拨款支出", c).budget || 0),
  new Decimal(0)
);
check("说明 各类年初预算数之和 = 年初预算数", "764.56", WP(classBudgetSum));
check(
  "说明 财政拨款完成年初预算%",
  "183.91",
  pct(W(T.财政拨款支出), WP(bp("财政拨款支出").budget)),
  { expect: "183.92", note: 2 }
);
const classBudget = { 201: "595.45", 206: "0.00", 208: "110.76", 210: "24.88", 221: "33.47" };
const classRate = {
  201: ["151.59", "151.60"],
  208: ["131.10", "131.10"],
  210: ["100", "100.00"],
  221: ["100", "100.00"],
};
for (const c of classesUsed) {
  const b = bp("财政拨款支出", c).budget;
  check(`说明 ${c} 年初预算数`, classBudget[c], WP(b));
  if (classRate[c]) {
    const [seedRate, ours] = classRate[c];
    check(`说明 ${c} 完成年初预算%`, seedRate, pct(W(spend({ f: c, sources: FISCAL })), WP(b)), {
      expect: ours,
      note: 2,
    });
  } else
    check(`说明 ${c} 年初预算`, "年初未安排预算", b && b.isZero() ? "年初未安排预算" : "有预算", {
      expect: "年初未安排预算",
      note: 3,
    });
}
// 一般公共预算财政拨款基本支出 vs 上年
const econPrior = {
  301: ["225.07", "26.83", "减少"],
  302: ["1.29", "4.98", "减少"],
  303: ["24.05", "17.47", "增加"],
  310: ["0.18", "100", "增加"],
};
for (const [r, [d, p, word]] of Object.entries(econPrior)) {
  const prior = bp("一般公共预算财政拨款基本支出", r).prior;
  const cur = econ(r);
  check(`说明 ${r} 较上年${word}`, d, delta(cur, prior));
  const dir = W(cur).gt(W(prior)) ? "增加" : W(cur).lt(W(prior)) ? "减少" : "持平";
  check(`说明 ${r} 增减方向`, word, dir);
  if (r === "310")
    check(
      `说明 ${r} 变动率（上年为0）`,
      p,
      prior.isZero() ? "上年无此项支出" : change(cur, prior),
      { expect: "上年无此项支出", note: 13 }
    );
  else if (r === "302")
    check(`说明 ${r} 变动率`, `增长${p}`, change(cur, prior), { expect: "4.99", note: 12 });
  else check(`说明 ${r} 变动率`, p, change(cur, prior));
}
const econPriorSum = ["301", "302", "303", "310"].reduce(
  (a, r) => a.plus(bp("一般公共预算财政拨款基本支出", r).prior),
  new Decimal(0)
);
check(
  "上年 一般公共预算财政拨款基本支出 = 各类上年数之和",
  null,
  WP(bp("一般公共预算财政拨款基本支出").prior),
  { expect: fmt(WP(econPriorSum)) }
);
// 三公
check("说明 三公完成预算%", "87.8", pct(WP(T.三公决算), WP(T.三公预算)), {
  expect: "87.80",
  note: 2,
});
check("说明 三公较上年减少", "12.91", WP(T.三公上年).minus(WP(T.三公决算)));
check("说明 三公下降%", "59.52", pct(WP(T.三公上年).minus(WP(T.三公决算)), WP(T.三公上年)));
check(
  "说明 公务接待费较上年减少",
  "1291",
  WP(bp("公务接待费").prior).minus(WP(supp("公务接待费"))),
  { expect: "12.91", note: 15 }
);
check(
  "说明 国内公务接待 批/人次",
  "76/884",
  `${sample.supplementary["国内公务接待批次"]}/${sample.supplementary["国内公务接待人次"]}`
);
check(
  "说明 外事接待 批/人次",
  "0/0",
  `${sample.supplementary["外事接待批次"]}/${sample.supplementary["外事接待人次"]}`
);
check(
  "说明 因公出国 团组/人次",
  "0/0",
  `${sample.supplementary["因公出国（境）团组数"]}/${sample.supplementary["因公出国（境）人次"]}`
);
check("说明 公务用车购置数", "0", sample.supplementary["公务用车购置数"]);
// 机关运行经费
check(
  "机关运行经费（行政单位一般公共预算基本支出公用经费，由明细算出）",
  "24.58",
  W(T.机关运行经费)
);
check("机关运行经费（补充信息）", "24.58", WP(supp("机关运行经费支出")));
check("机关运行经费 年初预算数（推得：24.58＋52.11）", null, WP(bp("机关运行经费").budget), {
  expect: "76.69",
});
check(
  "机关运行经费 较年初预算减少",
  "52.11",
  WP(bp("机关运行经费").budget).minus(W(T.机关运行经费))
);
check(
  "机关运行经费 下降%",
  "67.94",
  pct(WP(bp("机关运行经费").budget).minus(W(T.机关运行经费)), WP(bp("机关运行经费").budget)),
  { expect: "67.95", note: 2 }
);
// 政府采购、绩效、人员
check("政府采购支出总额", "7.61", WP(T.政府采购));
check(
  "政府采购货物/工程/服务",
  "7.61/0.00/0.00",
  ["政府采购货物支出", "政府采购工程支出", "政府采购服务支出"]
    .map((n) => fmt(WP(supp(n))))
    .join("/")
);
check("授予中小企业合同金额", "7.61", WP(supp("授予中小企业合同金额")));
check("授予中小企业占比%", "100", pct(WP(supp("授予中小企业合同金额")), WP(T.政府采购)), {
  expect: "100.00",
  note: 2,
});
check("授予小微企业合同金额", "0.00", WP(supp("授予小微企业合同金额")));
check(
  "货物采购授予中小企业占货物支出%",
  "100",
  pct(WP(supp("货物采购授予中小企业合同金额")), WP(supp("政府采购货物支出"))),
  { expect: "100.00", note: 2 }
);
check("绩效自评项目个数", "1", sample.supplementary["绩效自评项目个数"]);
check("绩效自评涉及资金", "137.5（表中770）", WP(supp("绩效自评涉及资金")), {
  expect: "137.50",
  note: 23,
});
check("绩效资金占项目支出总额%", "22.51", pct(WP(supp("绩效自评涉及资金")), W(T.项目支出)));
const people = sample.supplementary;
check("年末实有人数", "108", people["年末实有人数"]);
check(
  "年末实有人数 = 在职＋离休＋退休＋其他＋由养老保险基金发放",
  "108",
  people["在职人员"] +
    people["离休人员"] +
    people["退休人员"] +
    people["其他人员"] +
    people["由养老保险基金发放养老金的离退休人员"]
);
check(
  "在职/离休/退休/其他/学生/养老保险基金发放",
  "60/0/0/0/0/48",
  [
    "在职人员",
    "离休人员",
    "退休人员",
    "其他人员",
    "学生人数",
    "由养老保险基金发放养老金的离退休人员",
  ]
    .map((n) => people[n])
    .join("/")
);

// ---------------------------------------------------------------- exact identities (元)
function identity(label, left, right) {
  if (!left.eq(right)) {
    failures++;
    rows.push([label, right.toFixed(2), left.toFixed(2), "不符（元）"]);
  } else rows.push([label, "元全精度", left.toFixed(2), "一致"]);
}
identity("收入总计 = 支出总计（元）", T.收入总计, T.支出总计);
identity(
  "本年支出合计 = Σ支出性质（元）",
  T.本年支出合计,
  NATURES.reduce((a, n) => a.plus(T[n]), new Decimal(0))
);
identity("公开05表基本支出 = 人员经费＋公用经费（元）", T.一般基本, T.人员经费.plus(T.公用经费));
identity("机关运行经费 补充信息 = 明细（元）", supp("机关运行经费支出"), T.机关运行经费);
identity("公务接待费 补充信息 = 30217（元）", supp("公务接待费"), econ("30217"));
identity(
  "一般公共预算财政拨款基本支出 只含 301/302/303/307/310/399（元）",
  T.一般基本,
  T.人员经费.plus(T.公用经费)
);
// balance per unit × source × 功能分类 项
const balance = new Map();
const add = (l, sign) => {
  const key = `${l.unit}|${l.source}|${l.f}`;
  balance.set(key, (balance.get(key) || new Decimal(0)).plus(l.amount.times(sign)));
};
for (const l of lines) {
  if (l.kind === "年初结转和结余" || l.kind === "收入") add(l, 1);
  else if (l.kind === "支出" || l.kind === "年末结转和结余") add(l, -1);
}
const unbalanced = [...balance].filter(([, v]) => !v.isZero());
if (unbalanced.length) {
  failures++;
  for (const [k, v] of unbalanced)
    rows.push([`结转结余不平：${k}`, "0", v.toFixed(2), "不符（元）"]);
} else rows.push(["每个单位×资金来源×功能分类项：年初＋收入−支出 = 年末", "0", "0", "一致"]);
// 公开05表 ≤ 公开03表 (each 项)
for (const f of new Set(lines.filter((l) => l.kind === "支出").map((l) => l.f)))
  for (const n of ["基本支出", "项目支出"])
    if (spend({ f, nature: n, sources: [GENERAL] }).gt(spend({ f, nature: n }))) {
      failures++;
      rows.push([`公开05表 ${f} ${n} 大于公开03表`, "", "", "不符"]);
    }

// ---------------------------------------------------------------- output
const width = (s) => [...String(s)].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
const pad = (s, n) => String(s) + " ".repeat(Math.max(0, n - width(s)));
console.log(
  `样例：${path.relative(process.cwd(), SAMPLE)}（${sample.department} ${sample.year}，收支明细 ${sample.ledger.length} 行，单位 ${sample.units.length} 个）`
);
if (problems.length) {
  console.log(`\n输入校验发现 ${problems.length} 个问题：`);
  for (const p of problems) console.log(`  ✗ ${p}`);
}
const w0 = Math.max(...rows.map((r) => width(r[0])));
const w1 = Math.max(...rows.map((r) => width(r[1])), 4);
const w2 = Math.max(...rows.map((r) => width(r[2])), 4);
console.log(`\n${pad("项目（万元）", w0)}  ${pad("种子", w1)}  ${pad("计算", w2)}  结果`);
for (const r of rows) console.log(`${pad(r[0], w0)}  ${pad(r[1], w1)}  ${pad(r[2], w2)}  ${r[3]}`);
const noted = rows.filter((r) => r[3].startsWith("差异")).length;
console.log(
  `\n${rows.length} 项对照：${rows.length - failures} 项通过（其中 ${noted} 项按 README 的取舍与种子原文不同），${failures} 项不符；输入问题 ${problems.length} 个。`
);
process.exit(failures || problems.length ? 1 : 0);
