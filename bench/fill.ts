// One benchmark size in its own process, so peak memory is that size's: prints one JSON line.
import { fillTables } from "../src/core/app/fill";
import { renderInputSheets } from "../src/core/inputs/inputSheets";
import { jiangxi2021 } from "../src/core/profiles/jiangxi-2021";
import type { SheetPlan, SheetSnapshot, WorkbookPort, WorkbookRead } from "../src/core/workbook";
import { syntheticDepartment } from "./generate";

/** What an adapter hands core: the input sheets as values, no file or Excel in the measurement. */
class MemoryPort implements WorkbookPort {
  written = 0;
  constructor(private readonly sheets: SheetSnapshot[]) {}
  async read(names: readonly string[]): Promise<WorkbookRead> {
    return {
      sheetNames: this.sheets.map((s) => s.name),
      sheets: this.sheets.filter((s) => names.includes(s.name)),
    };
  }
  async write(plans: readonly SheetPlan[]): Promise<void> {
    this.written += plans.reduce((n, p) => n + p.cells.reduce((m, row) => m + row.length, 0), 0);
  }
}

function snapshotOf(plan: SheetPlan): SheetSnapshot {
  return {
    name: plan.name,
    values: plan.cells.map((row) => row.map((cell) => cell?.value ?? null)),
    formulas: plan.cells.map((row) => row.map(() => null)),
    merges: plan.merges,
  };
}

async function main(): Promise<void> {
  const lines = Number(process.argv[2]);
  const records = syntheticDepartment(lines);
  const ledger = records.ledger;
  records.ledger = [];
  const sheets = renderInputSheets(
    { department: records.department, year: 2021, units: records.units, profile: jiangxi2021 },
    records
  ).map(snapshotOf);
  // The ledger as Office.js or ExcelJS would hand it over: rows of values, no per-cell objects.
  const ledgerSheet = sheets.find((s) => s.name === "收支明细") as SheetSnapshot;
  ledgerSheet.values = [ledgerSheet.values[0], ...ledger];
  ledgerSheet.formulas = [];
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const port = new MemoryPort(sheets);
  const start = process.hrtime.bigint();
  const result = await fillTables(port, { mode: "formulas", version: "bench" });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const heapAfter = process.memoryUsage().heapUsed;
  console.log(
    JSON.stringify({
      lines: result.data.ledger.lineCount,
      seconds,
      peakRssMiB: Math.round(peak / 2 ** 20),
      inputRssMiB: Math.round(baseline / 2 ** 20),
      heapGrowthMiB: Math.round((heapAfter - heapBefore) / 2 ** 20),
      maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      cellsWritten: port.written,
    })
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
