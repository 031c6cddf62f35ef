import ExcelJS from "exceljs";
import { constants, promises as fs } from "fs";
import * as path from "path";
import { fillTables } from "../../core/app/fill";
import { insertTemplates } from "../../core/app/templates";
import { UserError } from "../../core/errors";
import type { InputRecords } from "../../core/inputs/records";
import { catalogsFor } from "../../core/subjects";
import { DEFAULT_PROFILE, profileFor, requireProfile } from "../../core/profiles";
import type { FormatProfile } from "../../core/profiles/types";
import { ExcelJsPort } from "../../xlsx/port";
import { writeWorkbookFile } from "../../xlsx/file";
import type { Output } from "../output";
import { packageVersion } from "../version";
import { report } from "./fill";
import { lintFile, printFindings } from "./lint";
import { tablesOfFill } from "../../core/app/checkTables";
import { factsFromTables, outlineOf } from "../../core/app/lintFacts";
import { writeNarrativeFile } from "../../export/files";
import { describeFsError } from "../../export/fsErrors";

export interface DemoArgs {
  out?: string;
  profile?: string;
}

const SAMPLES = path.resolve(__dirname, "../../../samples");

/** A format's bundled sample department (samples/README.md tells how each was reconstructed). */
export function sampleFileOf(profile: FormatProfile): string {
  if (!profile.sample) throw new UserError(`公开表格式「${profile.id}」没有自带的样例部门`);
  return path.join(SAMPLES, `${profile.sample}.json`);
}

/** The bundled sample department (samples/jingdezhen-2021.json), reconstructed from its 2021 disclosure. */
export const SAMPLE_FILE = path.join(SAMPLES, "jingdezhen-2021.json");

/** The same department's 情况说明 as it was published, slips included. */
export const SEED_DRAFT = path.resolve(__dirname, "../../../samples/jingdezhen-2021-published.txt");

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
export function recordsProfile(records: InputRecords): FormatProfile {
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

/**
 * npm run demo: the main job on the bundled sample department, written to out/; with --profile, that
 * format's sample, written to out/<profile>/.
 */
export async function runDemo(args: DemoArgs, output: Output): Promise<number> {
  const profile = requireProfile(args.profile ?? DEFAULT_PROFILE);
  const out = args.out ?? (args.profile ? path.join("out", profile.id) : "out");
  await outputFolder(out);
  const records = sampleRecords(await loadSample(sampleFileOf(profile)), profile);
  const workbook = await sampleWorkbook(records);
  const inputs = path.join(out, "sample-inputs.xlsx");
  await writeWorkbookFile(workbook, inputs, { overwrite: true });
  output.line(
    `样例输入表：「${inputs}」（${records.department}，收支明细 ${records.ledger.length} 行）`
  );

  const result = await fillTables(new ExcelJsPort(workbook), {
    mode: "formulas",
    version: packageVersion(),
  });
  const filled = path.join(out, "sample.xlsx");
  await writeWorkbookFile(workbook, filled, { overwrite: true });
  report(result, filled, output);

  const title = `${records.department}${records.year}年度部门决算情况说明`;
  for (const ext of [".txt", ".docx"]) {
    const file = path.join(out, `sample-narrative${ext}`);
    await writeNarrativeFile(result.narrative, title, file, { force: true });
    output.line(`情况说明：「${file}」`);
  }

  // The department's published text, checked against itself and against the tables just filled.
  // (Not for a sample re-filed as another year: its published text is of its own year.)
  const published = path.join(SAMPLES, `${profile.sample}-published.txt`);
  if (profile.sampleYear || !(await fs.stat(published).catch(() => undefined))) return 0;
  output.line("");
  const facts = factsFromTables(tablesOfFill(result.computed), result.profile);
  const findings = await lintFile(published, facts, undefined, outlineOf(result.profile));
  printFindings(path.relative(process.cwd(), published), findings, output);
  return 0;
}

/** demo --out: a folder (made when missing) whose sample-* files the demo may replace. */
async function outputFolder(dir: string): Promise<void> {
  const stat = await fs.stat(dir).catch(() => undefined);
  if (stat && !stat.isDirectory())
    throw new UserError(`--out「${dir}」是一个文件，应为文件夹：请指定文件夹（如 --out out）`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.access(dir, constants.W_OK);
  } catch (error) {
    throw new UserError(`无法在「${dir}」中写入演示结果：${describeFsError(error)}`);
  }
}
