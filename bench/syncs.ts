// Office.js round trips per command on the sample, against the test double of Excel.
import { loadSample } from "../src/cli/commands/demo";
import { checkWorkbook } from "../src/core/app/check";
import { fillTables } from "../src/core/app/fill";
import { narrateWorkbook } from "../src/core/app/narrate";
import { insertTemplates } from "../src/core/app/templates";
import { catalogsFor } from "../src/core/subjects";
import { jiangxi2021 } from "../src/core/templates/profiles/jiangxi-2021";
import { OfficeWorkbookPort } from "../src/excel/port";
import { FakeExcel } from "../test/unit/excel/fakeExcel";

async function main(): Promise<void> {
  const excel = new FakeExcel();
  const records = await loadSample();
  const counts: Record<string, number> = {};
  const run = async (name: string, command: (p: OfficeWorkbookPort) => Promise<unknown>) => {
    const port = new OfficeWorkbookPort(excel.run, { isSetSupported: excel.isSetSupported });
    await command(port);
    counts[name] = port.syncCount;
  };
  await run("insert", (p) =>
    insertTemplates(p, {
      department: records.department,
      year: records.year,
      units: records.units,
      profile: jiangxi2021,
      catalogs: catalogsFor(records.year),
      version: "bench",
      records,
    })
  );
  await run("fill", (p) => fillTables(p, { mode: "values", version: "bench" }));
  await run("check", (p) => checkWorkbook(p));
  await run("narrate", (p) => narrateWorkbook(p));
  console.log(JSON.stringify(counts));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
