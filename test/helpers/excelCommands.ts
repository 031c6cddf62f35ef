import { loadSample } from "../../src/cli/sample";
import { checkWorkbook } from "../../src/core/app/check";
import { fillTables } from "../../src/core/app/fill";
import { narrateWorkbook } from "../../src/core/app/narrate";
import { insertTemplates } from "../../src/core/app/templates";
import { catalogsFor } from "../../src/core/subjects";
import { jiangxi2021 } from "../../src/core/profiles/jiangxi-2021";
import { OfficeWorkbookPort } from "../../src/excel/port";
import { FakeExcel } from "./fakeExcel";

export interface SampleRun {
  /** context.sync() round trips per command, each on a fresh port as the pane makes them. */
  syncs: { insert: number; fill: number; check: number; narrate: number };
  excel: FakeExcel;
  fill: Awaited<ReturnType<typeof fillTables>>;
  check: Awaited<ReturnType<typeof checkWorkbook>>;
  narrate: Awaited<ReturnType<typeof narrateWorkbook>>;
}

/**
 * The pane's four commands on the sample department through Office.js (the test double). The fake
 * has no calculation engine, so fill writes values (a formula fill makes the same round trips).
 */
export async function runSampleCommands(): Promise<SampleRun> {
  const excel = new FakeExcel();
  const records = await loadSample();
  const timed = async <T>(command: (p: OfficeWorkbookPort) => Promise<T>): Promise<[T, number]> => {
    const port = new OfficeWorkbookPort(excel.run, { isSetSupported: excel.isSetSupported });
    const result = await command(port);
    return [result, port.syncCount];
  };
  const [, insert] = await timed((p) =>
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
  const [fill, fillSyncs] = await timed((p) => fillTables(p, { mode: "values", version: "t" }));
  const [check, checkSyncs] = await timed((p) => checkWorkbook(p));
  const [narrate, narrateSyncs] = await timed((p) => narrateWorkbook(p));
  return {
    syncs: { insert, fill: fillSyncs, check: checkSyncs, narrate: narrateSyncs },
    excel,
    fill,
    check,
    narrate,
  };
}
