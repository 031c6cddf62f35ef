import { loadSample } from "../../../src/cli/commands/demo";
import { checkWorkbook } from "../../../src/core/app/check";
import { fillTables } from "../../../src/core/app/fill";
import { narrateWorkbook } from "../../../src/core/app/narrate";
import { insertTemplates } from "../../../src/core/app/templates";
import { catalogsFor } from "../../../src/core/subjects";
import { jiangxi2021 } from "../../../src/core/templates/profiles/jiangxi-2021";
import { OfficeWorkbookPort } from "../../../src/excel/port";
import { FakeExcel } from "./fakeExcel";

/**
 * The fake has no calculation engine, so fill writes values here (a formula fill makes the same round
 * trips; test/unit/excel/port.test.ts covers it). Round trips to Excel per command on the sample department, each on a fresh port (as the pane
 * creates one per command): insert ≤ 2, fill ≤ 3, check ≤ 2, narrate ≤ 2.
 */
test("context.sync() round trips per command on the sample", async () => {
  const excel = new FakeExcel();
  const records = await loadSample();
  const port = () => new OfficeWorkbookPort(excel.run, { isSetSupported: excel.isSetSupported });
  const syncs = async (command: (p: OfficeWorkbookPort) => Promise<unknown>) => {
    const p = port();
    await command(p);
    return p.syncCount;
  };

  const insert = await syncs((p) =>
    insertTemplates(p, {
      department: records.department,
      year: records.year,
      units: records.units,
      profile: jiangxi2021,
      catalogs: catalogsFor(records.year),
      version: "t",
      records,
    })
  );
  let fillResult: Awaited<ReturnType<typeof fillTables>> | undefined;
  const fill = await syncs(
    async (p) => (fillResult = await fillTables(p, { mode: "values", version: "t" }))
  );
  let findings = -1;
  const check = await syncs(
    async (p) =>
      (findings = (await checkWorkbook(p)).findings.filter((f) => f.severity === "error").length)
  );
  let text = "";
  const narrate = await syncs(async (p) => (text = (await narrateWorkbook(p)).narrative.text));

  expect({ insert, fill, check, narrate }).toEqual({ insert: 2, fill: 2, check: 1, narrate: 1 });
  expect(excel.unsynced).toBe(0);
  // The commands really worked through Office.js: the tables were filled and read back.
  expect(fillResult!.displayed.get("T01.收入总计")!.toFixed(2)).toBe("1583.52");
  expect(findings).toBe(0);
  expect(text).toContain("本年收入合计1579.09万元，较2020年减少1781.73万元，下降53.01%");
});
