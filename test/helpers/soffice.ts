// LibreOffice and poppler driven from Node; usable by tests and by scripts (no Jest globals here).
import { execFile } from "child_process";
import { existsSync, mkdirSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";

const run = promisify(execFile);

export const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));

/**
 * A LibreOffice user profile that recalculates every formula on load. Without it LibreOffice keeps the
 * cached results we wrote, and a test of our formulas would only read our own numbers back.
 */
function profileDir(): string {
  const dir = path.join(os.tmpdir(), `juesuan-lo-profile-${process.pid}`);
  const user = path.join(dir, "user");
  if (!existsSync(path.join(user, "registrymodifications.xcu"))) {
    mkdirSync(user, { recursive: true });
    const item = (name: string) =>
      `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>0</value></prop></item>`;
    writeFileSync(
      path.join(user, "registrymodifications.xcu"),
      `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${item("OOXMLRecalcMode")}${item("ODFRecalcMode")}</oor:items>\n`
    );
  }
  return dir;
}

/** Converts files with one LibreOffice start (e.g. format "pdf", or "xlsx" to recalculate). */
export async function convert(
  files: readonly string[],
  format: string,
  outDir: string
): Promise<string[]> {
  if (!SOFFICE) throw new Error("LibreOffice not installed");
  mkdirSync(outDir, { recursive: true });
  await run(
    SOFFICE,
    [
      `-env:UserInstallation=file://${profileDir()}`,
      "--headless",
      "--convert-to",
      format,
      "--outdir",
      outDir,
      ...files,
    ],
    {
      timeout: 180_000,
    }
  );
  return files.map((f) =>
    path.join(outDir, `${path.basename(f, path.extname(f))}.${format.split(":")[0]}`)
  );
}

export async function pdfPageCount(pdf: string): Promise<number> {
  const { stdout } = await run("pdfinfo", [pdf]);
  const match = /^Pages:\s+(\d+)/m.exec(stdout);
  if (!match) throw new Error(`pdfinfo gave no page count for ${pdf}`);
  return Number(match[1]);
}

/** Size of the first page in points. */
export async function pdfPageSize(pdf: string): Promise<{ width: number; height: number }> {
  const { stdout } = await run("pdfinfo", [pdf]);
  const match = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(stdout);
  if (!match) throw new Error(`pdfinfo gave no page size for ${pdf}`);
  return { width: Number(match[1]), height: Number(match[2]) };
}

/** Text of each PDF page, in layout order. */
export async function pdfPages(pdf: string): Promise<string[]> {
  const { stdout } = await run("pdftotext", ["-layout", pdf, "-"], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.split("\f").slice(0, -1);
}

/** Names of the fonts a PDF embeds or references. */
export async function pdfFonts(pdf: string): Promise<string[]> {
  const { stdout } = await run("pdffonts", [pdf]);
  return stdout
    .split("\n")
    .slice(2)
    .filter(Boolean)
    .map((line) => line.split(/\s+/)[0]);
}

/** One page rendered to PNG (pdftoppm); returns the file. */
export async function renderPage(
  pdf: string,
  page: number,
  prefix: string,
  dpi = 60
): Promise<string> {
  await run("pdftoppm", [
    "-r",
    String(dpi),
    "-png",
    "-f",
    String(page),
    "-l",
    String(page),
    "-singlefile",
    pdf,
    prefix,
  ]);
  return `${prefix}.png`;
}
