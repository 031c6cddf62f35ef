import { bestFittingProfile, workbookProfile } from "../../../src/core/app/profile";
import { UserError } from "../../../src/core/errors";
import { findProfile } from "../../../src/core/profiles";
import type { FormatProfile } from "../../../src/core/profiles/types";
import { renderTableSheet } from "../../../src/core/render/tableSheet";
import { catalogsFor } from "../../../src/core/subjects";
import { layoutTable } from "../../../src/core/templates/layout";
import type { SheetSnapshot } from "../../../src/core/workbook";

/** A workbook holding the given tables of a format, each on a sheet named Sheet1, Sheet2, … */
function workbook(profile: FormatProfile, keep: (code: string) => boolean = () => true) {
  const catalogs = catalogsFor(profile.year);
  const sheets: SheetSnapshot[] = profile.tables
    .filter((t) => keep(t.code))
    .map((table, i) => {
      const layout = layoutTable(table, { catalogs, regionCodes: {} });
      const plan = renderTableSheet(layout, new Map(), { department: "测试局", unitLabel: "万元" });
      const values = plan.cells.map((row) =>
        row.map((cell) => (cell && cell.formula === undefined ? (cell.value ?? null) : null))
      );
      return {
        name: `Sheet${i + 1}`,
        values,
        formulas: values.map((row) => row.map(() => null)),
        merges: plan.merges.map((m) => ({ ...m })),
      };
    });
  return { sheetNames: sheets.map((s) => s.name), sheets };
}

const profile = (id: string) => findProfile(id) as FormatProfile;

describe("choosing the format of a workbook that names none", () => {
  it("picks the registered format whose table set the workbook fits best", () => {
    expect(bestFittingProfile(workbook(profile("jiangxi-2021"))).id).toBe("jiangxi-2021");
    expect(bestFittingProfile(workbook(profile("shanghai-2024"))).id).toBe("shanghai-2024");
  });

  it("a partial workbook still goes to the format it was taken from", () => {
    const shanghai = profile("shanghai-2024");
    const some = new Set(shanghai.tables.slice(0, 4).map((t) => t.code));
    expect(bestFittingProfile(workbook(shanghai, (code) => some.has(code))).id).toBe(
      "shanghai-2024"
    );
  });

  it("a lone table, titled alike in every format, goes to the default, not to the smaller set", () => {
    const jiangxi = profile("jiangxi-2021");
    const sangong = jiangxi.tables.find((t) => t.title.includes("三公"));
    expect(sangong).toBeDefined();
    expect(bestFittingProfile(workbook(jiangxi, (code) => code === sangong?.code)).id).toBe(
      "jiangxi-2021"
    );
  });

  it("--profile overrides detection; an unknown one is a Chinese error", () => {
    const read = workbook(profile("shanghai-2024"));
    expect(workbookProfile(read, "jiangxi-2021").id).toBe("jiangxi-2021");
    expect(() => workbookProfile(read, "shanghai-1999")).toThrow(UserError);
    expect(() => workbookProfile(read, "shanghai-1999")).toThrow(
      /未知的公开表格式「shanghai-1999」/
    );
  });
});
