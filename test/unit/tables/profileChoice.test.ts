import type { Profile } from "../../../src/core/templates/types";

/**
 * Profile detection over the registry, whatever profiles it holds: a stand-in second profile (the
 * 江西 tables without 公开10表, as some provinces publish nine) is registered for this test only.
 */
jest.mock("../../../src/core/templates/profiles", () => {
  const actual = jest.requireActual("../../../src/core/templates/profiles");
  const base = actual.PROFILES["jiangxi-2021"] as Profile;
  const nine: Profile = {
    ...base,
    id: "nine-tables",
    name: "九张表",
    tables: base.tables.filter((t) => t.id !== "T10"),
  };
  const PROFILES = { ...actual.PROFILES, [nine.id]: nine };
  return { ...actual, PROFILES, findProfile: (id: string) => PROFILES[id] };
});

import { chooseProfile, registeredProfiles } from "../../../src/core/app/check";
import { UserError } from "../../../src/core/errors";
import { rendered } from "./sheets";

const ALL = ["T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09", "T10"];

function workbook(ids: string[]) {
  const sheets = ids.map((id, i) => rendered(id, `Sheet${i + 1}`, () => 1).snapshot);
  return { sheetNames: sheets.map((s) => s.name), sheets };
}

describe("choosing the profile", () => {
  it("sees every registered profile", () => {
    expect(registeredProfiles().map((p) => p.id)).toEqual(["jiangxi-2021", "nine-tables"]);
  });

  it("picks the profile whose table set the workbook fits best", () => {
    expect(chooseProfile(workbook(ALL)).id).toBe("jiangxi-2021");
    expect(chooseProfile(workbook(ALL.filter((id) => id !== "T10"))).id).toBe("nine-tables");
  });

  it("--profile overrides detection; an unknown one is a Chinese error", () => {
    expect(chooseProfile(workbook(ALL.slice(0, 9)), "jiangxi-2021").id).toBe("jiangxi-2021");
    expect(() => chooseProfile(workbook(ALL), "shanghai-1999")).toThrow(UserError);
    expect(() => chooseProfile(workbook(ALL), "shanghai-1999")).toThrow(
      /没有名为「shanghai-1999」的模板/
    );
  });
});
