import { readFileSync } from "fs";
import * as path from "path";
import { UserError } from "../../../src/core/errors";
import { INPUT_SHEET_NAMES, readInputs } from "../../../src/core/inputs/readInputs";
import { InputProblems, describeProblem } from "../../../src/core/inputs/problems";
import type { InputRecords } from "../../../src/core/inputs/records";
import {
  CATALOG_CHANGES,
  CATALOG_YEARS,
  CatalogData,
  catalogData,
  catalogsFor,
  hasCatalog,
  levelOf,
} from "../../../src/core/subjects";
import { CatalogChange, ChangeLog, catalogForYear } from "../../../src/core/subjects/history";
import { smallDepartment, workbookWith } from "../../helpers/workbooks";

const KINDS = ["functional", "economic"] as const;

describe("subject catalogs per reporting year", () => {
  it("ship 2021 through 2025, one change entry per year in order", () => {
    expect(CATALOG_YEARS).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(CATALOG_CHANGES.years.map((y) => y.year)).toEqual([2022, 2023, 2024, 2025]);
  });

  it("docs/科目目录.md names every year and every change", () => {
    const doc = readFileSync(path.join(__dirname, "../../../docs/科目目录.md"), "utf8");
    for (const year of CATALOG_YEARS) expect(doc).toContain(`《${year}年政府收支分类科目》`);
    for (const step of CATALOG_CHANGES.years)
      for (const kind of KINDS)
        for (const change of step[kind].changes)
          expect(doc).toContain(`${change.code} ${change.name}`);
  });

  describe.each(CATALOG_YEARS.flatMap((year) => KINDS.map((kind) => [year, kind] as const)))(
    "%i %s",
    (year, kind) => {
      const data = catalogData(kind, year);
      const catalog = catalogsFor(year)[kind];

      it("is that year's, with the 财政部 document it rests on", () => {
        expect(data.year).toBe(year);
        expect(catalog.year).toBe(year);
        expect(data.source).toContain(`《${year}年政府收支分类科目》`);
      });

      it("has well-formed codes whose parents exist, each once", () => {
        const codes = data.entries.map(([code]) => code);
        expect(new Set(codes).size).toBe(codes.length);
        for (const [code, name] of data.entries) {
          expect(levelOf(kind, code)).toBeDefined();
          expect(name.trim()).not.toBe("");
          const parent = catalog.get(code)?.parent;
          if (parent) expect(catalog.has(parent)).toBe(true);
        }
      });
    }
  );

  it("every year after 2021 either lists its changes or says they could not be confirmed", () => {
    for (const step of CATALOG_CHANGES.years)
      for (const kind of KINDS) {
        const { source, changes } = step[kind];
        if (changes.length === 0) expect(source).toMatch(/未能.*确认|未见编码或名称的变化/);
        for (const change of changes) expect(change.source.trim()).not.toBe("");
      }
  });

  it("every change in the log shows between its year and the year before", () => {
    for (const step of CATALOG_CHANGES.years)
      for (const kind of KINDS)
        for (const change of step[kind].changes) {
          const before = catalogsFor(step.year - 1)[kind];
          const after = catalogsFor(step.year)[kind];
          if (change.op === "remove") {
            expect(before.name(change.code)).toBe(change.name);
            expect(after.has(change.code)).toBe(false);
          } else {
            expect(after.name(change.code)).toBe(change.name);
            expect(before.name(change.code)).toBe(change.op === "rename" ? change.from : undefined);
          }
        }
  });

  it("2022 and 2023 add nothing unconfirmed: same codes and names as 2021", () => {
    for (const kind of KINDS) {
      const base = catalogData(kind, 2021).entries;
      expect(catalogData(kind, 2022).entries).toEqual(base);
      expect(catalogData(kind, 2023).entries).toEqual(base);
    }
  });

  it("30311 代缴社会保险费 (经济分类) is in 2024 and 2025, not in the 2021–2023 lists", () => {
    for (const year of [2024, 2025])
      expect(catalogsFor(year).economic.get("30311")).toMatchObject({
        name: "代缴社会保险费",
        level: "款",
        parent: "303",
      });
    for (const year of [2021, 2022, 2023])
      expect(catalogsFor(year).economic.has("30311")).toBe(false);
  });

  it("财预〔2024〕22号: 22006 耕地保护考核奖惩基金支出 and 2300412 from 2024 on", () => {
    expect(catalogsFor(2023).functional.has("22006")).toBe(false);
    for (const year of [2024, 2025]) {
      const { functional } = catalogsFor(year);
      expect(functional.get("22006")).toMatchObject({
        name: "耕地保护考核奖惩基金支出",
        parent: "220",
      });
      expect(functional.ancestors("2300412")).toEqual(["230", "23004"]);
      expect(functional.name("2300412")).toBe("自然资源海洋气象等");
    }
  });

  it("财预〔2025〕41号: 2170404, 22911 and 23107 in 2025 only", () => {
    const codes = ["2170404", "22911", "23107"];
    const in2025 = catalogsFor(2025).functional;
    expect(codes.map((c) => in2025.name(c))).toEqual([
      "中央金融机构注资特别国债支出",
      "中央金融机构注资特别国债财务基金支出",
      "中央金融机构注资特别国债还本支出",
    ]);
    expect(in2025.ancestors("2170404")).toEqual(["217", "21704"]);
    expect(codes.filter((c) => catalogsFor(2024).functional.has(c))).toEqual([]);
  });

  it("a year without a catalog is a Chinese UserError naming the years there are", () => {
    for (const year of [2019, 2020, 2026]) {
      expect(hasCatalog(year)).toBe(false);
      expect(() => catalogsFor(year)).toThrow(UserError);
      expect(() => catalogsFor(year)).toThrow(
        `没有 ${year} 年度的科目目录，可用：2021—2025 年度。请核对决算年度；当年新增或更名的科目可在“科目补充”表中填写。`
      );
    }
  });
});

describe("the change log is checked as it is applied", () => {
  const base: CatalogData = {
    catalog: "economic",
    year: 2021,
    source: "test",
    entries: [
      ["301", "工资福利支出"],
      ["30101", "基本工资"],
    ],
  };
  const logOf = (...changes: CatalogChange[]): ChangeLog => ({
    baseYear: 2021,
    years: [
      {
        year: 2022,
        document: "test",
        functional: { source: "", changes: [] },
        economic: { source: "2022 test", changes },
      },
    ],
  });
  const change = { source: "test" };

  it("applies add, rename and remove", () => {
    const data = catalogForYear(
      base,
      logOf(
        { ...change, op: "add", code: "30199", name: "其他工资福利支出" },
        { ...change, op: "rename", code: "30101", name: "基本薪酬", from: "基本工资" }
      ),
      2022
    );
    expect(data.entries).toEqual([
      ["301", "工资福利支出"],
      ["30101", "基本薪酬"],
      ["30199", "其他工资福利支出"],
    ]);
    expect(data.source).toBe("2022 test");
  });

  it.each([
    [{ ...change, op: "add", code: "30101", name: "基本工资" }, "上一年已有此编码"],
    [
      { ...change, op: "rename", code: "30101", name: "甲", from: "乙" },
      "上一年名称为「基本工资」",
    ],
    [{ ...change, op: "remove", code: "30102", name: "津贴补贴" }, "上一年名称为「（无）」"],
    [{ ...change, op: "remove", code: "301", name: "工资福利支出" }, "缺少上级「301」"],
    [{ ...change, op: "attest", code: "3019", name: "错位" }, "编码位数不对"],
    [{ ...change, op: "add", code: "30201", name: "办公费" }, "缺少上级「302」"],
  ] as const)("rejects %j", (bad, message) => {
    expect(() => catalogForYear(base, logOf(bad), 2022)).toThrow(message);
  });
});

describe("the reporting year in 基础信息", () => {
  async function problemsOf(records: InputRecords, year = records.year): Promise<string[]> {
    const { workbook, port } = await workbookWith(records);
    const basics = workbook.getWorksheet("基础信息");
    basics?.eachRow((row) => {
      if (row.getCell(1).value === "决算年度") row.getCell(2).value = year;
    });
    try {
      readInputs(await port.read(INPUT_SHEET_NAMES), { formulas: true });
      return [];
    } catch (error) {
      if (!(error instanceof InputProblems)) throw error;
      return error.problems.map(describeProblem);
    }
  }

  /** The sample department with one 基本支出 line on 30311 代缴社会保险费 instead of 30302 退休费. */
  function withCode30311(year: number): InputRecords {
    // 江西's format of those years: the year must be one the format covers.
    const records = { ...smallDepartment(), year, profile: "jiangxi-2024" };
    records.ledger = records.ledger.map((line) =>
      line[3] === "30302" ? [...line.slice(0, 3), "30311", ...line.slice(4)] : line
    );
    return records;
  }

  it("reads the year's codes: 30311 is known in 2024", async () => {
    expect(await problemsOf(withCode30311(2024))).toEqual([]);
  });

  it("asks for 科目补充 where the year's list lacks a code, and takes it from there", async () => {
    const problems = await problemsOf(withCode30311(2022));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("经济分类科目「30311」不在2022年科目表中");
    const supplemented = withCode30311(2022);
    supplemented.subjects = [["经济分类", "30311", "代缴社会保险费"]];
    expect(await problemsOf(supplemented)).toEqual([]);
  });

  it("names the cell of a year without a catalog", async () => {
    const problems = await problemsOf(smallDepartment(), 2019);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^基础信息 第\d+行 B列.*没有 2019 年度的科目目录，可用：2021—2025 年度/
    );
  });
});
