import { PROFILES } from "../../../src/core/profiles";
import { requireKnownCell } from "../../../src/core/profiles/cellIds";
import { profileProblems } from "../../../src/core/profiles/integrity";
import { broken, BROKEN_IDS } from "../../fixtures/profiles/broken";

describe.each(PROFILES.map((p) => [p.id, p] as const))("profile %s", (_id, profile) => {
  test("every cell, 指标, 比较项 and 补充信息 item its definitions name exists", () => {
    expect(profileProblems(profile)).toEqual([]);
  });
});

describe("the integrity check", () => {
  test("fails on a profile with bad ids, naming each of them", () => {
    const problems = profileProblems(broken);
    for (const id of Object.values(BROKEN_IDS))
      expect(problems.some((p) => p.includes(id))).toBe(true);
    expect(problems).toHaveLength(Object.keys(BROKEN_IDS).length);
  });

  test("at run time an unknown cell id is an internal error, never 0", () => {
    const [profile] = PROFILES;
    expect(() => requireKnownCell(profile, "T01.本年收入总计", "测试")).toThrow(
      /不存在的单元格：T01\.本年收入总计/
    );
    // A subject line the data may not have is a known shape, read as 0 when absent.
    expect(() => requireKnownCell(profile, "T05[2050299].合计", "测试")).not.toThrow();
  });
});

describe("the engines refuse a profile naming an unknown cell", () => {
  test("check, narrative and lint facts throw instead of reading 0", async () => {
    const { filledSample } = await import("../../helpers/sample");
    const { checkTables } = await import("../../../src/core/app/checkTables");
    const { factsFromTables } = await import("../../../src/core/app/lintFacts");
    const { composeNarrative, narrativeContext } = await import("../../../src/core/narrative");
    const { result } = await filledSample("values");
    const tables = result.check.tables;
    expect(() => checkTables(tables, broken)).toThrow(BROKEN_IDS.rule);
    expect(() => factsFromTables(tables, broken)).toThrow(BROKEN_IDS.fact);
    expect(() =>
      composeNarrative(narrativeContext(tables, result.data, broken), broken.narrative)
    ).toThrow(BROKEN_IDS.narrative);
  });
});
