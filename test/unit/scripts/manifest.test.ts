import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkManifest } from "../../../scripts/manifest";

const ROOT = path.resolve(__dirname, "../../..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const ASSETS = path.join(ROOT, "assets");
const manifest = fs.readFileSync(MANIFEST_PATH, "utf8");

const check = (xml: string, assetsDir = ASSETS) => checkManifest(xml, { assetsDir });

/** Replace exactly one occurrence, so a mutation silently doing nothing fails loudly. */
function mutate(xml: string, from: string | RegExp, to: string): string {
  const hits =
    typeof from === "string"
      ? xml.split(from).length - 1
      : (xml.match(new RegExp(from.source, "g")) ?? []).length;
  if (hits !== 1) throw new Error(`mutation anchor ${String(from)} matched ${hits} times`);
  return xml.replace(from, to);
}

describe("shipped manifest.xml", () => {
  it("passes the offline check", async () => {
    await expect(check(manifest)).resolves.toEqual([]);
  });

  it("has the shape the add-in relies on", () => {
    expect(manifest).toMatch(
      /<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/
    );
    expect(manifest).toContain("<DefaultLocale>zh-CN</DefaultLocale>");
    expect(manifest).toContain('<DisplayName DefaultValue="决算公开助手">');
    expect(manifest).toContain('<bt:String id="Functions.Namespace" DefaultValue="JUESUAN"/>');
    // Chinese function names are the DefaultValue (DefaultLocale zh-CN); English ones an Override.
    expect(manifest).toMatch(
      /<bt:Url id="Functions\.Metadata\.Url" DefaultValue="https:\/\/localhost:3000\/functions-zh-cn\.json">\s*<bt:Override Locale="en-US" Value="https:\/\/localhost:3000\/functions\.json"\/>/
    );
    expect(manifest).not.toMatch(/<(bt:)?Override Locale="zh-CN"/i);
    expect(manifest).toContain('<Runtime resid="Taskpane.Url" lifetime="long"/>');
  });

  it("uses the documented top-level icon sizes: IconUrl 32×32, HighResolutionIconUrl 64×64", () => {
    expect(manifest).toContain(
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>'
    );
    expect(manifest).toContain(
      '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>'
    );
  });

  it("ships every icon it references, at the declared size", () => {
    for (const [name, size] of [
      ["icon-16.png", 16],
      ["icon-32.png", 32],
      ["icon-64.png", 64],
      ["icon-80.png", 80],
      ["icon-128.png", 128],
    ] as const) {
      const buf = fs.readFileSync(path.join(ASSETS, name));
      expect(buf.readUInt32BE(0)).toBe(0x89504e47);
      expect([buf.readUInt32BE(16), buf.readUInt32BE(20)]).toEqual([size, size]);
    }
    expect(fs.existsSync(path.join(ASSETS, "logo-filled.png"))).toBe(true);
  });
});

describe("mutated manifests are rejected", () => {
  it("reports a resid that has no resource definition", async () => {
    const xml = mutate(
      manifest,
      '<Label resid="CommandsGroup.Label"/>',
      '<Label resid="CommandsGroup.Missing"/>'
    );
    const problems = await check(xml);
    expect(problems).toEqual([
      expect.stringMatching(
        /OfficeTab\[@id="TabHome"\]\/Group\[@id="CommandsGroup"\]\/Label: resid “CommandsGroup\.Missing” 未在 Resources 中定义/
      ),
    ]);
  });

  it("reports a deleted resource definition wherever it is referenced", async () => {
    const xml = mutate(manifest, /\s*<bt:Url id="Taskpane\.Url"[^>]*\/>/, "");
    const problems = await check(xml);
    const missing = problems.filter((p) =>
      p.includes("resid “Taskpane.Url” 未在 Resources 中定义")
    );
    // Runtime, CustomFunctions Page, FunctionFile, ShowTaskpane action
    expect(missing.map((p) => p.split(": ")[0].split("/").pop())).toEqual([
      "Runtime",
      "SourceLocation",
      "FunctionFile",
      "SourceLocation",
    ]);
  });

  it("reports a resid pointing at the wrong kind of resource", async () => {
    const xml = mutate(
      manifest,
      '<Description resid="TaskpaneButton.Tooltip"/>',
      '<Description resid="TaskpaneButton.Label"/>'
    );
    expect(await check(xml)).toEqual([
      expect.stringMatching(
        /Supertip\/Description: .*应引用 bt:String（bt:LongStrings），实际定义为 bt:String（bt:ShortStrings）/
      ),
    ]);
  });

  it("rejects an extra permission (ReadWriteMailbox)", async () => {
    const xml = mutate(
      manifest,
      "<Permissions>ReadWriteDocument</Permissions>",
      "<Permissions>ReadWriteMailbox</Permissions>"
    );
    expect(await check(xml)).toEqual([
      "/OfficeApp/Permissions: Permissions 必须恰好为 ReadWriteDocument，实际为 “ReadWriteMailbox”",
    ]);
  });

  it("rejects a broader permission (ReadWriteDocument is the only allowed value)", async () => {
    const xml = mutate(
      manifest,
      "<Permissions>ReadWriteDocument</Permissions>",
      "<Permissions>WriteDocument</Permissions>"
    );
    expect(await check(xml)).toEqual([
      expect.stringContaining("Permissions 必须恰好为 ReadWriteDocument，实际为 “WriteDocument”"),
    ]);
  });

  it("rejects a duplicated Permissions element", async () => {
    const xml = mutate(
      manifest,
      "<Permissions>ReadWriteDocument</Permissions>",
      "<Permissions>ReadWriteDocument</Permissions>\n  <Permissions>ReadWriteMailbox</Permissions>"
    );
    expect(await check(xml)).toEqual(
      expect.arrayContaining([expect.stringContaining("顶层元素 Permissions 重复出现")])
    );
  });

  it("rejects http URLs in resources and top-level settings", async () => {
    let xml = mutate(
      manifest,
      'DefaultValue="https://localhost:3000/functions.js"',
      'DefaultValue="http://localhost:3000/functions.js"'
    );
    xml = mutate(xml, '<SupportUrl DefaultValue="https://', '<SupportUrl DefaultValue="http://');
    const problems = await check(xml);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /bt:Url\[@id="Functions\.Script\.Url"\]: .*必须使用 https：“http:\/\/localhost:3000\/functions\.js”/
        ),
        expect.stringMatching(
          /^\/OfficeApp\/SupportUrl: SupportUrl 的 DefaultValue 必须使用 https/
        ),
      ])
    );
  });

  it("rejects an Override whose Locale is the DefaultLocale (one override per language, default included)", async () => {
    // The layout the manifest used to have: English DefaultValue plus a zh-CN Override.
    const xml = mutate(
      manifest,
      /<bt:Url id="Functions\.Metadata\.Url"[\s\S]*?<\/bt:Url>/,
      `<bt:Url id="Functions.Metadata.Url" DefaultValue="https://localhost:3000/functions.json">
          <bt:Override Locale="zh-CN" Value="https://localhost:3000/functions-zh-cn.json"/>
        </bt:Url>`
    );
    expect(await check(xml)).toEqual([
      expect.stringMatching(
        /bt:Override.*: Override 的 Locale 与 DefaultLocale（zh-CN）相同：默认语言由 DefaultValue 提供/
      ),
      expect.stringMatching(/DefaultValue 应为 DefaultLocale 的中文函数名 functions-zh-cn\.json/),
      expect.stringMatching(/缺少 <bt:Override Locale="en-US"/),
    ]);
  });

  it("rejects a default-locale Override anywhere, in any letter case, and duplicate Overrides", async () => {
    let xml = mutate(
      manifest,
      '<Override Locale="en-US" Value="Juesuan – final accounts disclosure"/>',
      '<Override Locale="zh-cn" Value="决算"/><Override Locale="en-US" Value="A"/><Override Locale="en-us" Value="B"/>'
    );
    const problems = await check(xml);
    expect(problems).toEqual([
      expect.stringMatching(/^\/OfficeApp\/DisplayName\/Override.*与 DefaultLocale（zh-CN）相同/),
      expect.stringMatching(/^\/OfficeApp\/DisplayName\/Override.*Locale “en-us” 的 Override 重复/),
    ]);
    xml = mutate(
      manifest,
      "<DefaultLocale>zh-CN</DefaultLocale>",
      "<DefaultLocale>en-US</DefaultLocale>"
    );
    expect(
      (await check(xml)).filter((p) => p.includes("与 DefaultLocale（en-US）相同")).length
    ).toBe(8); // every en-US Override of the manifest
  });

  it("rejects a missing en-US override on the custom functions metadata URL", async () => {
    const xml = mutate(
      manifest,
      /\s*<bt:Override Locale="en-US" Value="https:\/\/localhost:3000\/functions\.json"\/>/,
      ""
    );
    expect(await check(xml)).toEqual([
      expect.stringMatching(
        /bt:Url\[@id="Functions\.Metadata\.Url"\]: 自定义函数元数据 URL 缺少 <bt:Override Locale="en-US"/
      ),
    ]);
  });

  it("rejects top-level icons at other than the documented sizes", async () => {
    const xml = mutate(
      manifest,
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>'
    );
    expect(await check(xml)).toEqual([
      expect.stringMatching(/^\/OfficeApp\/IconUrl: 图标尺寸应为 32×32，实际为 64×64/),
    ]);
  });

  it.each([
    ["not-a-guid"],
    ["2c0c5ac7-8d9d-4e79-bedf-01dbeadc6bd"], // one digit short
    ["{2c0c5ac7-8d9d-4e79-bedf-01dbeadc6bd5}"], // braces are not allowed
    ["2c0c5ac7-8d9d-4e79-bedf-01dbeadc6bz5"],
  ])("rejects a bad GUID %s", async (bad) => {
    const xml = manifest.replace(/<Id>[^<]*<\/Id>/, `<Id>${bad}</Id>`);
    expect(await check(xml)).toEqual([
      `/OfficeApp/Id: Id 必须是 GUID（xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx），实际为 “${bad}”`,
    ]);
  });

  it("rejects a bad Version", async () => {
    const xml = mutate(manifest, "<Version>1.0.0.0</Version>", "<Version>1.0.0.0.1</Version>");
    expect(await check(xml)).toEqual([
      expect.stringMatching(/^\/OfficeApp\/Version: Version 格式应为/),
    ]);
  });

  it("rejects a wrong custom functions namespace", async () => {
    const xml = mutate(manifest, 'DefaultValue="JUESUAN"', 'DefaultValue="CONTOSO"');
    expect(await check(xml)).toEqual([
      expect.stringContaining("自定义函数命名空间必须为 JUESUAN，实际为 “CONTOSO”"),
    ]);
  });

  it("rejects top-level elements out of schema order and missing required ones", async () => {
    const swapped = mutate(
      manifest,
      /(<ProviderName>juesuan<\/ProviderName>)(\s*)(<DefaultLocale>zh-CN<\/DefaultLocale>)/,
      "$3$2$1"
    );
    expect(await check(swapped)).toEqual([
      expect.stringContaining(
        "/OfficeApp/ProviderName: 元素顺序错误：ProviderName 应位于 DefaultLocale 之前"
      ),
    ]);

    const noHiRes = mutate(manifest, /\s*<HighResolutionIconUrl [^>]*\/>/, "");
    expect(await check(noHiRes)).toEqual(["/OfficeApp: 缺少必需元素 HighResolutionIconUrl"]);
  });

  it("rejects the wrong root type and namespace", async () => {
    const xml = mutate(manifest, 'xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"');
    expect(await check(xml)).toEqual([
      "/OfficeApp: xsi:type 必须为 TaskPaneApp，实际为 “ContentApp”",
    ]);
    const wrongNs = mutate(
      manifest,
      'xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"',
      'xmlns:bt="urn:wrong"'
    );
    expect((await check(wrongNs)).some((p) => p.includes("xmlns:bt"))).toBe(true);
  });

  it("enforces resid and string length limits", async () => {
    const longId = "TaskpaneButton.Label.Is.Way.Too.Long";
    let xml = manifest.split('"TaskpaneButton.Label"').join(`"${longId}"`);
    expect(await check(xml)).toEqual(
      expect.arrayContaining([expect.stringContaining(`resid “${longId}” 超过 32 个字符`)])
    );

    xml = mutate(manifest, 'DefaultValue="决算助手"', `DefaultValue="${"决".repeat(126)}"`);
    expect(await check(xml)).toEqual([
      expect.stringContaining(
        "ShortStrings 资源 “TaskpaneButton.Label” 的 DefaultValue 超过 125 个字符（126）"
      ),
    ]);

    xml = manifest.replace(
      /(<bt:String id="TaskpaneButton.Tooltip" DefaultValue=")[^"]*/,
      `$1${"字".repeat(251)}`
    );
    expect(await check(xml)).toEqual([
      expect.stringContaining(
        "LongStrings 资源 “TaskpaneButton.Tooltip” 的 DefaultValue 超过 250 个字符（251）"
      ),
    ]);
  });

  it("breaks the shared runtime if the task pane button uses another page", async () => {
    const xml = mutate(
      manifest,
      /(<TaskpaneId>ButtonId1<\/TaskpaneId>\s*<SourceLocation resid=")Taskpane\.Url/,
      "$1GetStarted.LearnMoreUrl"
    );
    expect(await check(xml)).toEqual([
      expect.stringContaining("ShowTaskpane 的 SourceLocation 的 resid 应与 Runtime 相同"),
    ]);
  });

  it("reports referenced asset files that do not exist", async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "juesuan-assets-"));
    try {
      const problems = await check(manifest, empty);
      expect(problems).toHaveLength(5); // IconUrl, HighResolutionIconUrl, Icon.16/32/80
      expect(problems.every((p) => p.includes("引用的资源文件不存在"))).toBe(true);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it("reports malformed XML instead of throwing", async () => {
    const problems = await check(manifest.replace("</Permissions>", ""));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\/: XML 解析失败/);
  });
});

describe("check-manifest CLI", () => {
  const script = path.join(ROOT, "scripts", "manifest", "cli.ts");
  const node = [process.execPath, "-r", "ts-node/register/transpile-only", script] as const;

  it("prints the success message and exits 0", () => {
    const out = execFileSync(node[0], [...node.slice(1), "manifest.xml"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(out.trim()).toBe("清单检查通过：manifest.xml");
  });

  it("lists problems and exits 1", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "juesuan-manifest-"));
    try {
      const bad = path.join(dir, "manifest.xml");
      fs.writeFileSync(
        bad,
        manifest.replace(
          "<Permissions>ReadWriteDocument</Permissions>",
          "<Permissions>ReadWriteMailbox</Permissions>"
        )
      );
      let status = 0;
      let stderr = "";
      try {
        execFileSync(node[0], [...node.slice(1), bad, "--assets", ASSETS], {
          encoding: "utf8",
          stdio: "pipe",
        });
      } catch (err) {
        const e = err as { status: number; stderr: string };
        status = e.status;
        stderr = e.stderr;
      }
      expect(status).toBe(1);
      expect(stderr).toContain("清单检查未通过");
      expect(stderr).toContain(
        "  - /OfficeApp/Permissions: Permissions 必须恰好为 ReadWriteDocument"
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
