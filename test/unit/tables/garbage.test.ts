import ExcelJS from "exceljs";
import { insertTemplates } from "../../../src/core/app/templates";
import { readTables } from "../../../src/core/tables/readTables";
import type { ReadFindingKind, ReadTables } from "../../../src/core/tables/types";
import type { CellValue, SheetSnapshot, WorkbookRead } from "../../../src/core/workbook";
import { ExcelJsPort } from "../../../src/xlsx/port";
import { catalogs, profile, sheet } from "../../helpers/tableSheets";

const KINDS: ReadFindingKind[] = [
  "missing-table",
  "missing-row",
  "missing-column",
  "unmapped-row",
  "bad-number",
  "unit-assumed",
];

/** Whatever came in, the result is complete: every id of every layout, finite values, known kinds. */
function expectWellFormed(tables: ReadTables) {
  expect([...tables.tables.keys()]).toEqual(profile.tables.map((t) => t.id));
  for (const table of tables.tables.values())
    for (const amount of table.layout.amounts) {
      const cell = tables.cells.get(amount.id);
      expect(cell).toBeDefined();
      expect(cell!.value.isFinite()).toBe(true);
    }
  for (const f of tables.findings) {
    expect(KINDS).toContain(f.kind);
    expect(typeof f.message).toBe("string");
    expect(f.message.length).toBeGreaterThan(0);
  }
}

/** A small deterministic generator (mulberry32). */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pickOne = <T>(list: readonly T[]): T => list[int(list.length)];
  return { next, int, pickOne };
}

const VOCABULARY = [
  ...new Set(
    profile.tables.flatMap((t) => [
      t.code,
      t.title,
      ...t.blocks.flatMap((b) => [
        ...b.header.flatMap((h) => [h.label, ...(h.children ?? []).map((c) => c.label)]),
        ...[...b.rows, ...(b.tail ?? [])].flatMap((r) => (r.kind === "item" ? [r.label] : [])),
      ]),
    ])
  ),
  "合计",
  "总计",
  "注：",
  "栏次",
  "201",
  "2010301",
  "30101",
  "-",
  "—",
  "1,583.52",
  "（12.50）",
  "#REF!",
  "abc",
  "",
  "  ",
  "\n",
];

function garbageSheet(rng: ReturnType<typeof random>, name: string): SheetSnapshot {
  const rows = rng.int(40);
  const cols = rng.int(14);
  const values: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c < cols; c++) {
      const roll = rng.next();
      row.push(
        roll < 0.35
          ? null
          : roll < 0.6
            ? rng.pickOne(VOCABULARY)
            : roll < 0.85
              ? Math.round(rng.next() * 1e6) / 100
              : roll < 0.9
                ? rng.next() < 0.5
                : rng.int(1e9).toString(36)
      );
    }
    values.push(row);
  }
  const merges = Array.from({ length: rng.int(6) }, () => {
    const top = rng.int(rows + 3) - 1;
    const left = rng.int(cols + 3) - 1;
    return { top, left, bottom: top + rng.int(4) - 1, right: left + rng.int(5) - 1 };
  });
  return { name, values, formulas: values.map((r) => r.map(() => null)), merges };
}

describe("readTables on garbage", () => {
  it("reports every table missing in an empty workbook", () => {
    const tables = readTables({ sheetNames: [], sheets: [] }, profile, catalogs);
    expectWellFormed(tables);
    expect(tables.findings.map((f) => f.kind)).toEqual(profile.tables.map(() => "missing-table"));
    expect(tables.findings[4].message).toBe("公开05表（一般公共预算财政拨款支出决算表）");
    for (const cell of tables.cells.values()) {
      expect(cell.at).toBeUndefined();
      expect(cell.value.isZero()).toBe(true);
    }
    expect(tables.fullPrecision).toBe(false);
    // A region table that is missing still has its 合计 line.
    expect(tables.cells.get("T02.合计.本年收入合计")?.value.toNumber()).toBe(0);
  });

  it("reports the amount columns of a table whose sheet holds no header", () => {
    const read: WorkbookRead = {
      sheetNames: ["公开03表"],
      sheets: [sheet("公开03表", [["随便写点什么"], [1, 2, 3], ["x", null, "y"]])],
    };
    const tables = readTables(read, profile, catalogs);
    expectWellFormed(tables);
    const t03 = tables.findings.filter((f) => f.sheet === "公开03表");
    expect(t03.map((f) => f.message)).toEqual(
      [
        "本年支出合计",
        "基本支出",
        "项目支出",
        "上缴上级支出",
        "经营支出",
        "对附属单位补助支出",
      ].map((c) => `公开03表未找到「${c}」列`)
    );
    expect(tables.tables.get("T03")?.sheet).toBe("公开03表");
    expect(tables.findings.filter((f) => f.kind === "missing-table")).toHaveLength(9);
  });

  it("survives malformed snapshots", () => {
    const broken = [
      { name: "公开01表", values: undefined, formulas: [], merges: undefined },
      {
        name: "公开02表",
        values: [undefined, [undefined, {}, NaN, Infinity]],
        formulas: [],
        merges: [{}],
      },
      {
        name: "公开05表",
        values: [
          ["项目", "本年支出"],
          ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
          [201, "x", NaN, true, "1e400"],
        ],
        formulas: [],
        merges: [
          { top: -1, left: 0, bottom: 3, right: 1e9 },
          { top: 0, left: 1, bottom: 0, right: 4 },
        ],
      },
      {
        name: "_juesuan",
        values: [undefined, ["tool", "juesuan"], ["mode", 42]],
        formulas: [],
        merges: [],
      },
      null,
    ] as unknown as SheetSnapshot[];
    const tables = readTables({ sheetNames: ["公开01表"], sheets: broken }, profile, catalogs);
    expectWellFormed(tables);
    expect(tables.fullPrecision).toBe(false);
    expect(tables.findings.some((f) => f.kind === "bad-number" && f.sheet === "公开05表")).toBe(
      true
    );
    expect(() => readTables(undefined as unknown as WorkbookRead, profile, catalogs)).not.toThrow();
  });

  it("never throws on random sheets", () => {
    const rng = random(20211231);
    const names = [
      ...profile.tables.map((t) => t.code),
      "Sheet1",
      "表1",
      "收入支出决算总表",
      "_juesuan",
    ];
    for (let round = 0; round < 60; round++) {
      const sheets = Array.from({ length: rng.int(8) }, (_, i) =>
        garbageSheet(rng, rng.next() < 0.5 ? rng.pickOne(names) : `S${round}-${i}`)
      );
      const read = { sheetNames: sheets.map((s) => s.name), sheets };
      let tables: ReadTables | undefined;
      expect(() => {
        tables = readTables(read, profile, catalogs);
      }).not.toThrow();
      expectWellFormed(tables as ReadTables);
    }
  });

  it("reads the blank tables of `juesuan init` as zeros, with every fixed line in place", async () => {
    const workbook = new ExcelJS.Workbook();
    const port = new ExcelJsPort(workbook);
    await insertTemplates(port, {
      department: "测试局",
      year: 2021,
      units: [{ name: "测试局", type: "行政单位" }],
      profile,
      catalogs,
      version: "t",
    });
    const read = await port.read(workbook.worksheets.map((ws) => ws.name));
    const tables = readTables(read, profile, catalogs);
    expectWellFormed(tables);
    expect(tables.findings).toEqual([]);
    expect(tables.fullPrecision).toBe(false);
    for (const [id, cell] of tables.cells) {
      expect({ id, zero: cell.value.isZero(), found: cell.at !== undefined }).toEqual({
        id,
        zero: true,
        found: true,
      });
    }
  });
});
