import type { InputRecords } from "../src/core/inputs/records";
import type { CellValue } from "../src/core/workbook";
import { catalogsFor } from "../src/core/subjects";

/**
 * A synthetic department with `lines` ledger lines, every line a distinct classification (as the
 * input sheet requires), balanced: each unit's income equals its spending.
 */
export function syntheticDepartment(lines: number): InputRecords {
  const catalogs = catalogsFor(2021);
  const functional = catalogs.functional
    .atLevel("项")
    .map((s) => s.code)
    .slice(0, 400);
  const economic = catalogs.economic
    .atLevel("款")
    .map((s) => s.code)
    .filter((c) => ["301", "302", "303", "310"].includes(c.slice(0, 3)));
  const sources = ["一般公共预算财政拨款", "其他收入"];
  const natures = ["基本支出", "项目支出"];
  const perUnit = functional.length * economic.length * sources.length * natures.length;
  const unitCount = Math.max(1, Math.ceil(lines / perUnit));
  const units = Array.from({ length: unitCount }, (_, i) => ({
    name: `单位${i + 1}`,
    type: "事业单位" as const,
  }));

  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const ledger: CellValue[][] = [];
  const incomeByUnitCode = new Map<string, number>();
  for (let i = 0; ledger.length + incomeByUnitCode.size < lines; i++) {
    const unit = units[Math.floor(i / perUnit)].name;
    let k = i % perUnit;
    const nature = natures[k % natures.length];
    k = Math.floor(k / natures.length);
    const source = sources[k % sources.length];
    k = Math.floor(k / sources.length);
    const econ = economic[k % economic.length];
    const func = functional[Math.floor(k / economic.length)];
    const cents = Math.floor(random() * 100_000_000) + 100;
    ledger.push([unit, "支出", func, econ, source, nature, cents / 100, null]);
    const key = `${unit}|${func}|${source}`;
    incomeByUnitCode.set(key, (incomeByUnitCode.get(key) ?? 0) + cents);
  }
  for (const [key, cents] of incomeByUnitCode) {
    const [unit, func, source] = key.split("|");
    ledger.push([unit, "收入", func, null, source, null, cents / 100, null]);
  }
  return {
    department: "基准测试部门",
    year: 2021,
    units,
    ledger,
    budgetPrior: [],
    supplementary: {},
    reasons: [],
  };
}
