import type ExcelJS from "exceljs";
import { loadSample, sampleWorkbook } from "../../src/cli/sample";
import { fillTables, FillResult } from "../../src/core/app/fill";
import type { InputRecords } from "../../src/core/inputs/records";
import { ExcelJsPort } from "../../src/xlsx/port";

export interface FilledSample {
  workbook: ExcelJS.Workbook;
  result: FillResult;
}

/** The bundled sample (or records changed from it) typed into the input sheets, then filled. */
export async function fillSample(
  records?: InputRecords,
  mode: "formulas" | "values" = "formulas"
): Promise<FilledSample> {
  const workbook = await sampleWorkbook(records ?? (await loadSample()));
  const result = await fillTables(new ExcelJsPort(workbook), { mode, version: "t" });
  return { workbook, result };
}

const filled = new Map<"formulas" | "values", Promise<FilledSample>>();

/**
 * The bundled sample filled once per test file and mode (Jest gives each file its own module
 * registry): read it, never change it; a test that changes the sample calls fillSample.
 */
export function filledSample(mode: "formulas" | "values" = "formulas"): Promise<FilledSample> {
  let sample = filled.get(mode);
  if (!sample) filled.set(mode, (sample = fillSample(undefined, mode)));
  return sample;
}
