import { mkdirSync, writeFileSync } from "fs";
import * as path from "path";
import JSZip from "jszip";
import {
  decodeText,
  docxParagraphs,
  lintFile,
  readDraft,
  runLint,
  WorkbookFactsReader,
} from "../../../src/cli/commands/lint";
import { outlineOf } from "../../../src/core/app/lintFacts";
import type { Output } from "../../../src/cli/output";
import { UserError } from "../../../src/core/errors";
import { Decimal } from "../../../src/core/money";
import { requireProfile } from "../../../src/core/profiles";
import { tempDir } from "../../helpers/tmp";
import { DRAFTS, SEED_DRAFT } from "../../helpers/lint";

function capture(): Output & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    line: (t) => out.push(t),
    info: (t) => err.push(t),
    error: (t) => err.push(t),
  };
}

const SEED = SEED_DRAFT;
const dir = tempDir("juesuan-lint-");

async function docx(paragraphs: string[]): Promise<string> {
  const zip = new JSZip();
  const body = paragraphs
    .map(
      (p) =>
        `<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`
    )
    .join("");
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`
  );
  const file = path.join(dir, `draft-${paragraphs.length}.docx`);
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
  return file;
}

describe("juesuan lint", () => {
  test("the seed: Chinese report, one block per finding, exit 1", async () => {
    const output = capture();
    const code = await runLint(SEED, {}, output);
    expect(code).toBe(1);
    const text = output.out.join("\n");
    expect(text).toContain("错误 13 处，警告 6 处，提示 10 处");
    expect(text).toContain("[错误] 第202行（方向词）");
    expect(text).toContain("  原文：商品和服务支出24.58万元，较2020年减少1.29万元，增长4.98%");
    expect(text).toContain("[提示] 第126行（占比）");
    expect(text).toContain("[警告] 第210行（上年为零）");
    expect(text).toContain("结论：有错误");
  });

  test("--json prints the findings array", async () => {
    const output = capture();
    const code = await runLint(SEED, { json: true }, output);
    expect(code).toBe(1);
    const findings = JSON.parse(output.out.join("\n"));
    expect(findings).toHaveLength(29);
    const claim = (subject: string, value: string) => ({
      subject,
      period: "本年",
      measure: "决算",
      value,
      precision: 2,
      unit: "万元",
    });
    expect(findings[0]).toEqual({
      rule: "合计",
      severity: "info",
      message: expect.stringContaining("1583.51"),
      line: 112,
      excerpt: "收入总计1583.52万元",
      claims: [
        claim("年初结转和结余", "4.42"),
        claim("本年收入合计", "1579.09"),
        claim("收入总计", "1583.52"),
      ],
    });
  });

  test("--json: each finding shows the claims it used (subject, period, measure, value)", async () => {
    const output = capture();
    await runLint(SEED, { json: true }, output);
    const findings = JSON.parse(output.out.join("\n")) as {
      rule: string;
      line: number;
      claims: { subject: string; period: string; measure: string; value: string; basis?: string }[];
    }[];
    const slip = findings.find((f) => f.rule === "数量级");
    expect(slip?.claims).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          measure: "增减额",
          value: "1291",
          basis: "上年",
          period: "本年",
        }),
        expect.objectContaining({ measure: "增减率", value: "59.52" }),
        expect.objectContaining({ subject: "公务接待费", measure: "决算", value: "8.78" }),
      ])
    );
    // Every arithmetic finding names its figures.
    for (const f of findings.filter((x) => !["模板残留", "错别字"].includes(x.rule)))
      expect(f.claims.length).toBeGreaterThan(0);
  });

  test("a draft with no error exits 0", async () => {
    const file = path.join(dir, "ok.txt");
    writeFileSync(file, "本年收入合计 1579.09 万元，较 2020 年减少 1781.73 万元，下降 53.01%。\n");
    const output = capture();
    expect(await runLint(file, {}, output)).toBe(0);
    expect(output.out.join("\n")).toContain("结论：未发现问题");
  });

  test("GB18030 text is decoded", async () => {
    const file = path.join(DRAFTS, "gb18030-short.txt");
    const text = await readDraft(file);
    expect(text).toContain("商品和服务支出24.58万元");
    const findings = await lintFile(file);
    expect(findings.map((f) => `${f.line} ${f.rule}`)).toEqual(["2 方向词"]);
  });

  test("UTF-8 with a BOM and UTF-16 read as text", () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("收入总计", "utf8")]);
    expect(decodeText("a.txt", bom)).toBe("收入总计");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("收入总计", "utf16le")]);
    expect(decodeText("a.txt", utf16)).toBe("收入总计");
  });

  test(".docx: one paragraph per line", async () => {
    const file = await docx([
      "四、一般公共预算财政拨款基本支出决算情况说明",
      "（二）商品和服务支出24.58万元，较2020年减少1.29万元，增长4.98%，主要原因是：上下两年基本持平。",
      "（三）对个人和家庭补助支出161.68万元，较2020年增加24.05万元，增长17.47%。",
    ]);
    const findings = await lintFile(file);
    expect(findings.map((f) => `${f.severity} ${f.line} ${f.rule}`)).toEqual(["error 2 方向词"]);
  });

  test("docx paragraphs: runs joined, entities decoded, tabs as spaces, empty paragraphs kept", () => {
    const xml =
      '<w:body><w:p><w:r><w:t>收入</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">总计 &amp; 1 583.52</w:t></w:r></w:p><w:p/><w:p><w:pPr/><w:r><w:t>万元</w:t></w:r></w:p></w:body>';
    expect(docxParagraphs(xml)).toEqual(["收入 总计 & 1 583.52", "", "万元"]);
  });

  test("facts: lintFile takes the workbook's figures", async () => {
    const facts = new Map([["商品和服务支出", new Decimal("25.58")]]);
    const findings = await lintFile(SEED, facts);
    expect(findings.filter((f) => f.rule === "工作簿").map((f) => f.line)).toEqual([202]);
  });

  test("--workbook goes through the facts hook", async () => {
    const output = capture();
    const seen: string[] = [];
    const code = await runLint(SEED, { workbook: "x.xlsx", json: true }, output, async (wb) => {
      seen.push(wb);
      return new Map([["商品和服务支出", new Decimal("25.58")]]);
    });
    expect(code).toBe(1);
    expect(seen).toEqual(["x.xlsx"]);
    expect(
      JSON.parse(output.out.join("\n")).some((f: { rule: string }) => f.rule === "工作簿")
    ).toBe(true);
    // Not wired yet by default: a UserError, not a crash.
    await expect(runLint(SEED, { workbook: "x.xlsx" }, capture())).rejects.toBeInstanceOf(
      UserError
    );
  });

  test("unreadable files are UserErrors with a Chinese message", async () => {
    await expect(readDraft(path.join(dir, "missing.txt"))).rejects.toThrow("找不到文件");
    mkdirSync(path.join(dir, "folder"));
    await expect(readDraft(path.join(dir, "folder"))).rejects.toBeInstanceOf(UserError);
    const fake = path.join(dir, "fake.docx");
    writeFileSync(fake, "not a zip");
    await expect(readDraft(fake)).rejects.toThrow("不是有效的 .docx 文件");
    const binary = path.join(dir, "binary.txt");
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    await expect(readDraft(binary)).rejects.toThrow("不是文本文件");
    await expect(readDraft(path.join(dir, "a.pdf"))).rejects.toThrow("PDF");
  });
});

describe("--workbook with the format's outline", () => {
  test("the completeness warnings run only when the reader gives the outline", async () => {
    const file = path.join(dir, "outline-draft.txt");
    writeFileSync(
      file,
      [
        "一、收入决算情况说明",
        "本部门2021年度收入总计100.00万元。",
        "二、支出决算情况说明",
        "本部门2021年度支出总计100.00万元。",
        "三、机关运行经费支出情况说明",
        "本部门机关运行经费支出10.00万元，比上年增加2.00万元，增长25.00%。",
      ].join("\n")
    );
    const rules = async (reader?: WorkbookFactsReader) => {
      const output = capture();
      await runLint(
        file,
        reader ? { workbook: "x.xlsx", json: true } : { json: true },
        output,
        reader
      );
      return (JSON.parse(output.out.join("\n")) as { rule: string; severity: string }[])
        .filter((f) => f.rule === "缺少部分" || f.rule === "主要原因")
        .map((f) => `${f.severity} ${f.rule}`);
    };
    const outline = outlineOf(requireProfile("jiangxi-2021"));
    expect(await rules(async () => ({ facts: new Map(), outline }))).toEqual([
      ...Array(outline.sections.length - 3).fill("warning 缺少部分"),
      "warning 主要原因",
    ]);
    expect(await rules(async () => new Map())).toEqual([]);
    expect(await rules()).toEqual([]);
  });
});
