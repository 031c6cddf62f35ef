import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";
import { insertTemplates } from "../core/app/templates";
import { UserError } from "../core/errors";
import type { InputRecords } from "../core/inputs/records";
import { catalogsFor } from "../core/subjects";
import { profileFor, requireProfile } from "../core/profiles";
import type { FormatProfile } from "../core/profiles/types";
import { ExcelJsPort } from "../xlsx/port";
import { describeFsError } from "../export/fsErrors";
import { packageVersion } from "./version";

// The bundled sample departments (samples/*.json), used by `juesuan demo`, the tests and the benchmarks.

export const SAMPLES = path.resolve(__dirname, "../../samples");

/** A format's bundled sample department (samples/README.md tells how each was reconstructed). */
export function sampleFileOf(profile: FormatProfile): string {
  if (!profile.sample) throw new UserError(`公开表格式「${profile.id}」没有自带的样例部门`);
  return path.join(SAMPLES, `${profile.sample}.json`);
}

/** The bundled sample department (samples/jingdezhen-2021.json), reconstructed from its 2021 disclosure. */
export const SAMPLE_FILE = path.join(SAMPLES, "jingdezhen-2021.json");

export async function loadSample(file = SAMPLE_FILE): Promise<InputRecords> {
  try {
    return JSON.parse(await fs.readFile(file, "utf8")) as InputRecords;
  } catch (error) {
    throw new UserError(`无法读取样例数据「${file}」：${describeFsError(error)}`);
  }
}

/** A format's sample as that format files it (its 决算 year, its format named in 基础信息). */
export function sampleRecords(records: InputRecords, profile: FormatProfile): InputRecords {
  return {
    ...records,
    year: profile.sampleYear ?? records.year,
    province: profile.province,
    profile: profile.id,
  };
}

/** The format records are in: as they name it, else their province's (江西's) for their year. */
function recordsProfile(records: InputRecords): FormatProfile {
  return records.profile
    ? requireProfile(records.profile)
    : profileFor(records.province ?? "江西", records.year);
}

/** A workbook as a clerk would have it after typing the records into `juesuan init`'s input sheets. */
export async function sampleWorkbook(records: InputRecords): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "juesuan";
  await insertTemplates(new ExcelJsPort(workbook), {
    department: records.department,
    year: records.year,
    units: records.units,
    profile: recordsProfile(records),
    catalogs: catalogsFor(records.year),
    version: packageVersion(),
    records,
  });
  return workbook;
}
