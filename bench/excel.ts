// In Excel: the round trips (context.sync), request and response sizes of the read a fill starts
// with, for a ledger of LINES lines, against the test double of Excel (5 MB request and response
// limits, as Excel on the web). Prints one JSON line.
import { INPUT_SHEET_NAMES } from "../src/core/inputs/readInputs";
import { renderInputSheets } from "../src/core/inputs/inputSheets";
import { jiangxi2021 } from "../src/core/profiles/jiangxi-2021";
import { OfficeWorkbookPort } from "../src/excel/port";
import { FakeExcel } from "../test/helpers/fakeExcel";
import { syntheticDepartment } from "./generate";

const LIMIT = 5 * 1024 * 1024;

async function main(): Promise<void> {
  const lines = Number(process.argv[2]);
  const records = syntheticDepartment(lines);
  const plans = renderInputSheets(
    { department: records.department, year: 2021, units: records.units, profile: jiangxi2021 },
    records
  );
  const excel = new FakeExcel(plans.map((p) => p.name));
  for (const plan of plans) {
    const sheet = excel.sheet(plan.name);
    plan.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell && (cell.value !== null || cell.formula))
          sheet.setCell(r, c, {
            value: cell.value ?? null,
            formula: cell.formula && `=${cell.formula}`,
          });
      })
    );
  }
  const port = new OfficeWorkbookPort(excel.run, { isSetSupported: excel.isSetSupported });
  const read = await port.read(INPUT_SHEET_NAMES);
  const ledger = read.sheets.find((s) => s.name === "收支明细")!;
  const requests = excel.requests.map((r) => r.bytes);
  const responses = excel.requests.map((r) => r.responseBytes);
  // What has to come back at least: values and formulas of every sheet read.
  const responseBytes = Buffer.byteLength(
    JSON.stringify(read.sheets.map((s) => [s.values, s.formulas]))
  );
  console.log(
    JSON.stringify({
      lines,
      ledgerRows: ledger.values.length - 1,
      syncs: port.syncCount,
      maxRequestBytes: Math.max(...requests),
      totalRequestBytes: requests.reduce((a, b) => a + b, 0),
      maxResponseBytes: Math.max(...responses),
      responseBytes,
      fewestSyncs: Math.ceil(responseBytes / LIMIT),
      underLimit: Math.max(...requests, ...responses) < LIMIT,
    })
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
