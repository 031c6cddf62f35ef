import * as fs from "fs";
import * as path from "path";
import ts from "typescript";
import {
  addinSources,
  auditApiUse,
  bundledHosts,
  compareVersions,
  definedIn,
} from "../helpers/apiAudit";
import { FAKE_API_SETS } from "../helpers/fakeExcel";

const root = path.resolve(__dirname, "../..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

let audit: ReturnType<typeof auditApiUse>;
beforeAll(() => {
  audit = auditApiUse(addinSources(), manifest);
}, 120_000);

test("every Office.js member the add-in uses is in the bundled office.js and within the manifest's sets or guarded", () => {
  expect(audit.problems).toEqual([]);
  // The audit really saw the add-in's calls (so an empty list means something).
  const members = new Set(audit.uses.map((u) => u.member));
  for (const member of [
    "Excel.run",
    "Excel.Range.select",
    "Excel.Worksheet.getUsedRangeOrNullObject",
    "Excel.Range.getMergedAreasOrNullObject",
    "Excel.Application.calculate",
    "CustomFunctions.Error",
  ])
    expect(members).toContain(member);
  const merged = audit.uses.find((u) => u.member === "Excel.Range.getMergedAreasOrNullObject");
  expect(merged?.apiSet).toEqual({ name: "ExcelApi", version: "1.13" });
});

test("the audit fails on getRanges(…).select(): ExcelApi 1.18, not in the bundled office.js", () => {
  const { problems } = auditApiUse(
    [...addinSources(), "test/fixtures/apiAudit/rangeAreasSelect.ts"],
    manifest
  );
  expect(problems).toEqual([
    expect.stringMatching(
      /^test\/fixtures\/apiAudit\/rangeAreasSelect\.ts:7 Excel\.RangeAreas\.select：需要 ExcelApi 1\.18，清单只声明了 ExcelApi 1\.7，且未经 isSetSupported 判断$/
    ),
    expect.stringMatching(
      /rangeAreasSelect\.ts:7 Excel\.RangeAreas\.select：随附的 office\.js 中没有该成员（excel-win32-16\.01\.js、excel-web-16\.00\.js、excel-mac-16\.00\.js）/
    ),
    expect.stringMatching(
      /rangeAreasSelect\.ts:7 Excel\.Worksheet\.getRanges：需要 ExcelApi 1\.9，清单只声明了 ExcelApi 1\.7/
    ),
  ]);
});

test("an isSetSupported guard makes a newer member acceptable; the manifest's sets bound the rest", () => {
  const fixture = path.join(root, "test/fixtures/apiAudit/guarded.tmp.ts");
  fs.writeFileSync(
    fixture,
    [
      "/* global Excel, Office */",
      "export async function f(): Promise<void> {",
      "  await Excel.run(async (context) => {",
      "    const ws = context.workbook.worksheets.getItem('A');",
      "    if (Office.context.requirements.isSetSupported('ExcelApi', '1.9')) ws.getRanges('A1').format.fill.clear();",
      "    ws.getRanges('A1').format.fill.clear();",
      "    await context.sync();",
      "  });",
      "}",
    ].join("\n")
  );
  try {
    const { problems } = auditApiUse(["test/fixtures/apiAudit/guarded.tmp.ts"], manifest);
    // Line 5 (guarded) passes; line 6, the same calls unguarded, does not.
    expect(problems).toEqual([
      expect.stringMatching(/guarded\.tmp\.ts:6 Excel\.RangeAreas\.format：需要 ExcelApi 1\.9/),
      expect.stringMatching(/guarded\.tmp\.ts:6 Excel\.Worksheet\.getRanges：需要 ExcelApi 1\.9/),
    ]);
  } finally {
    fs.rmSync(fixture);
  }
});

test("the fake Excel's requirement-set table matches @types/office-js and the bundled office.js", () => {
  const dts = path.join(root, "node_modules/@types/office-js/index.d.ts");
  const source = ts.createSourceFile(
    dts,
    fs.readFileSync(dts, "utf8"),
    ts.ScriptTarget.Latest,
    true
  );
  const excel = source.statements.find(
    (s): s is ts.ModuleDeclaration => ts.isModuleDeclaration(s) && s.name.getText() === "Excel"
  )!;
  const tags = new Map<string, string>();
  const visit = (n: ts.Node): void => {
    if (
      ts.isClassDeclaration(n) &&
      n.name &&
      ts.isModuleBlock(n.parent) &&
      n.parent.parent === excel
    )
      for (const m of n.members) {
        const text = source.text.slice(m.pos, m.getStart());
        const tag = /\[Api set: ExcelApi ([\d.]+)/.exec(text);
        if (m.name && tag) tags.set(`${n.name.text}.${m.name.getText()}`, tag[1]);
      }
    ts.forEachChild(n, visit);
  };
  visit(excel);
  for (const [member, version] of Object.entries(FAKE_API_SETS)) {
    expect({ member, version: tags.get(member) }).toEqual({ member, version });
    const [cls, name] = member.split(".");
    for (const host of bundledHosts())
      expect({ member, host: host.name, defined: definedIn(host, cls, name) }).toEqual({
        member,
        host: host.name,
        defined: true,
      });
  }
  expect(tags.get("RangeAreas.select")).toBe("1.18");
  expect(bundledHosts().some((h) => definedIn(h, "RangeAreas", "select"))).toBe(false);
  expect(bundledHosts().every((h) => definedIn(h, "Range", "select"))).toBe(true);
  expect(compareVersions("1.13", "1.9")).toBeGreaterThan(0);
});
