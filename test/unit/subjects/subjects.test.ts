import { UserError } from "../../../src/core/errors";
import { catalogsFor, levelOf, normalizeCode, parentCode } from "../../../src/core/subjects";

// Every code named in the domain notes (shared/domain/subjects.md): the catalog must know them all.
const DOMAIN_FUNCTIONAL =
  "201 20101 20103 2010301 2010302 2010303 2010350 2010399 20113 20123 20129 20138 20199 2019999 206 20601 2060101 20602 20603 2060301 20604 2060401 2060499 20699 207 20701 2070101 208 20805 2080501 2080502 2080505 2080506 2080599 20808 2080801 20899 210 21011 2101101 2101102 2101103 215 21505 2150501 2150599 21508 221 22102 2210201 2210202 2210203 229 22999 2299999".split(
    " "
  );
const DOMAIN_ECONOMIC =
  "301 30101 30102 30103 30106 30107 30108 30109 30110 30111 30112 30113 30114 30199 302 30201 30202 30203 30204 30205 30206 30207 30208 30209 30211 30212 30213 30214 30215 30216 30217 30218 30224 30225 30226 30227 30228 30229 30231 30239 30240 30299 303 30301 30302 30303 30304 30305 30306 30307 30308 30309 30310 30399 310 31001 31002 31003 31005 31006 31007 31008 31009 31010 31011 31012 31013 31019 31021 31022 31099".split(
    " "
  );

const { functional, economic } = catalogsFor(2021);

describe("subject catalogs for 2021", () => {
  it("cover every code of the domain notes", () => {
    expect(DOMAIN_FUNCTIONAL.filter((c) => !functional.has(c))).toEqual([]);
    expect(DOMAIN_ECONOMIC.filter((c) => !economic.has(c))).toEqual([]);
  });

  it("give names, levels and parents", () => {
    expect(functional.get("2010301")).toMatchObject({
      name: "行政运行",
      level: "项",
      parent: "20103",
    });
    expect(functional.name("20103")).toBe("政府办公厅（室）及相关机构事务");
    expect(functional.get("208")).toMatchObject({
      name: "社会保障和就业支出",
      level: "类",
      parent: undefined,
    });
    expect(economic.get("30217")).toMatchObject({ name: "公务接待费", level: "款", parent: "302" });
    expect(economic.name("303")).toBe("对个人和家庭的补助");
  });

  it.each([
    ["functional", functional],
    ["economic", economic],
  ] as const)("%s: every code has a valid length and an existing parent", (_kind, catalog) => {
    for (const s of catalog.all()) {
      expect(levelOf(catalog.kind, s.code)).toBe(s.level);
      if (s.parent) expect(catalog.has(s.parent)).toBe(true);
    }
  });

  it("lists children and ancestors in catalog order", () => {
    expect(functional.children("20805").map((s) => s.code)).toEqual(
      expect.arrayContaining(["2080501", "2080502", "2080505", "2080506", "2080599"])
    );
    const kids = functional.children("208").map((s) => s.code);
    expect(kids).toEqual([...kids].sort());
    expect(functional.ancestors("2010301")).toEqual(["201", "20103"]);
  });

  it("normalises codes as clerks type them", () => {
    expect(normalizeCode(" 201 03 01 ")).toBe("2010301");
    expect(normalizeCode("２０１０３０１")).toBe("2010301");
    expect(normalizeCode(2010301)).toBe("2010301");
    expect(parentCode("functional", "2010301")).toBe("20103");
    expect(levelOf("economic", "2010301")).toBeUndefined();
  });

  it("has no stand-in for a year without its own catalog", () => {
    expect(() => catalogsFor(2019)).toThrow(UserError);
    expect(() => catalogsFor(2019)).toThrow("没有 2019 年度的科目目录，可用：2021—2025 年度");
  });
});

describe("codes a user adds in the workbook", () => {
  it("extend the catalog and can rename a shipped code", () => {
    const { catalog, problems, notes } = functional.extend([
      { code: "2010398", name: "某新增项目", where: "科目补充!B2" },
      { code: "2010301", name: "行政运行（本级）", where: "科目补充!B3" },
    ]);
    expect(problems).toEqual([]);
    expect(catalog.get("2010398")).toMatchObject({
      name: "某新增项目",
      parent: "20103",
      userAdded: true,
    });
    expect(catalog.name("2010301")).toBe("行政运行（本级）");
    expect(notes[0]).toContain("科目补充!B3");
    expect(functional.has("2010398")).toBe(false); // the shipped catalog is untouched
  });

  it("report a missing parent, a bad code and a missing name, naming where", () => {
    const { problems } = functional.extend([
      { code: "2999901", name: "孤儿科目", where: "科目补充!B2" },
      { code: "20", name: "太短", where: "科目补充!B3" },
      { code: "2010397", name: "", where: "科目补充!B4" },
    ]);
    expect(problems).toEqual([
      "科目补充!B3：功能分类科目编码「20」格式不正确（应为 3/5/7 位数字）",
      "科目补充!B4：功能分类科目「2010397」缺少科目名称",
      "功能分类科目「2999901 孤儿科目」的上级科目「29999」不存在，请先补充上级科目",
    ]);
  });

  it("accept a new 款 and its 项 added together", () => {
    const { catalog, problems } = functional.extend([
      { code: "2019801", name: "新项" },
      { code: "20198", name: "新款" },
    ]);
    expect(problems).toEqual([]);
    expect(catalog.ancestors("2019801")).toEqual(["201", "20198"]);
  });
});
