import { existsSync, readFileSync } from "fs";
import JSZip from "jszip";
import * as path from "path";
import { readTablesWithProfile } from "../../src/core/app/check";
import { documentTable } from "../../src/core/publish/document";
import { ExcelJsPort } from "../../src/xlsx/port";
import { readWorkbookFile } from "../../src/xlsx/file";
import { runCli } from "../helpers/cli";
import { convert, describeWithLibreOffice, pdfPages } from "../helpers/libreoffice";
import { tempDir } from "../helpers/tmp";

const squeeze = (text: string) => text.replace(/\s+/g, "");

// The bundled sample (samples/jingdezhen-2021.json, reconstructed from 景德镇市陶瓷产业发展局's 2021
// disclosure) built by the demo, then published and read back through LibreOffice.
describeWithLibreOffice("juesuan publish: the whole document in Word (LibreOffice → PDF)", () => {
  const dir = tempDir();
  const workbook = path.join(dir, "sample.xlsx");
  const docx = path.join(dir, "sample-公开.docx");
  let text = "";

  beforeAll(async () => {
    expect((await runCli("demo", "--out", dir)).code).toBe(0);
    const run = await runCli("publish", workbook, "-o", docx, "--date", "2022年9月");
    expect(run.stderr).not.toMatch(/错误/);
    expect(run.code).toBe(0);
    const [pdf] = await convert([docx], "pdf", dir);
    text = squeeze((await pdfPages(pdf)).join(""));
  }, 240_000);

  it("holds the 目录 and the four parts, with 主要职能, 单位构成 and the 落款", () => {
    for (const heading of [
      "目录",
      "第一部分部门概况",
      "一、主要职能",
      "景德镇市陶瓷产业发展局是市政府组成部门",
      "二、单位构成",
      "景德镇市特种陶瓷研究所",
      "第二部分2021年度部门决算表",
      "第三部分2021年度部门决算情况说明",
      "第四部分名词解释",
      // The sample prints figures that do not add up (人员经费合计 775.35 vs 613.66 + 161.68).
      "因四舍五入，合计数与各分项之和可能存在尾差",
      "机关运行经费：指为保障行政单位",
      "2022年9月",
    ])
      expect(text).toContain(heading);
  });

  it("prints every table of the profile with its title, figures and, when empty, its 空表说明", async () => {
    expect(text).toContain("公开01表收入支出决算总表");
    expect(text).toContain("1,583.52");
    const { tables, profile } = await readTablesWithProfile(
      new ExcelJsPort(await readWorkbookFile(workbook))
    );
    let empty = 0;
    for (const table of profile.tables) {
      expect(text).toContain(squeeze(`${table.code}${table.title}`));
      const printed = documentTable(tables.tables.get(table.id)!.layout, tables);
      const figures = printed.rows
        .flat()
        .filter((c) => c.align === "right" && !/^0(\.00)?$/.test(c.text));
      for (const figure of figures) expect(text).toContain(figure.text);
      if (printed.emptyNote) {
        empty++;
        expect(text).toContain(squeeze(printed.emptyNote));
      }
    }
    expect(empty).toBeGreaterThan(0); // 公开08表 and 公开09表 of the sample
    expect(text).toContain("本部门本年度没有使用政府性基金预算财政拨款安排的收支，故本表无数据。");
  });

  it("holds at least three charts, each an image with alt text", async () => {
    const zip = await JSZip.loadAsync(readFileSync(docx));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const described = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]+)"/g)].map((m) => m[1]);
    expect(described.length).toBeGreaterThanOrEqual(3);
    expect(described.join("")).toContain("收入决算构成");
    expect(Object.keys(zip.files).filter((f) => f.startsWith("word/media/")).length).toBe(
      described.length
    );
  });

  it("refuses to overwrite the document without --force", async () => {
    const before = readFileSync(docx);
    const run = await runCli("publish", workbook, "-o", docx);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("已存在");
    expect(readFileSync(docx).equals(before)).toBe(true);
    expect((await runCli("publish", workbook, "-o", docx, "--force")).code).toBe(0);
    expect(existsSync(docx)).toBe(true);
  });
});
