import * as acorn from "acorn";
import * as walk from "acorn-walk";
import Ajv from "ajv";
import * as fs from "fs";
import * as path from "path";
import { checkManifest } from "../../scripts/manifest";
import { nameProblem } from "../../scripts/localize-functions";
import schema from "../../src/functions/metadata.schema.json";
import { addinBuild } from "../helpers/browser/build";
import { lookbehindsIn } from "../helpers/syntax";

// The ECMAScript level the oldest supported web view parses (WebKit of Safari 15; docs/guide.md).
const { OLDEST_ECMASCRIPT } = require("../../webpack.config.js") as { OLDEST_ECMASCRIPT: number };

// The production build, as `npm run build` runs it (shared with the browser tests: built once per
// source state into a temporary folder; a build error fails it).
let out: string;

beforeAll(async () => {
  out = (await addinBuild()).dist;
}, 900_000);

const read = (file: string) => fs.readFileSync(path.join(out, file), "utf8");

test("the task pane page loads office.js from our own origin, never a CDN", () => {
  const html = read("taskpane.html");
  expect(html).toMatch(/<script src="?office-js\/office\.js"?>/);
  expect(html).not.toMatch(/src="?(https?:)?\/\//);
  expect(html.indexOf("office-js/office.js")).toBeLessThan(html.indexOf("taskpane.js"));
  for (const file of [
    "office.js",
    "excel-win32-16.01.js",
    "excel-web-16.00.js",
    "zh-cn/office_strings.js",
  ]) {
    expect(fs.existsSync(path.join(out, "office-js", file))).toBe(true);
  }
  expect(fs.readdirSync(path.join(out, "office-js")).some((f) => f.endsWith(".debug.js"))).toBe(
    false
  );
});

test("functions.json is generated from the JSDoc and associated in the bundle", () => {
  const metadata = JSON.parse(read("functions.json"));
  const ids = metadata.functions.map((f: { id: string }) => f.id).sort();
  expect(ids).toEqual([
    "AMOUNT",
    "BUDGETRATE",
    "CHANGE",
    "CHANGEPHRASE",
    "PCT",
    "ROUNDHU",
    "SUBJECT",
    "WANYUAN",
  ]);
  const bundle = read("functions.js");
  for (const id of ids) expect(bundle).toContain(`associate("${id}"`);
});

test("functions-zh-cn.json carries the Chinese names with the same ids and parameters", () => {
  const english = JSON.parse(read("functions.json")).functions;
  const chinese = JSON.parse(read("functions-zh-cn.json")).functions;
  expect(chinese.map((f: { id: string }) => f.id)).toEqual(
    english.map((f: { id: string }) => f.id)
  );
  const wan = chinese.find((f: { id: string }) => f.id === "WANYUAN");
  expect(wan.name).toBe("元转万元");
  expect(wan.parameters[0]).toMatchObject({ name: "元金额", type: "number" });
});

test("the manifest and icons are part of the build", () => {
  expect(read("manifest.xml")).toContain("<Namespace resid=");
  expect(fs.existsSync(path.join(out, "assets", "icon-32.png"))).toBe(true);
});

/** Parses a script as the oldest supported WebKit would: a syntax error or a lookbehind fails. */
function oldWebKitProblems(source: string): string[] {
  let ast: acorn.Node;
  try {
    ast = acorn.parse(source, {
      ecmaVersion: OLDEST_ECMASCRIPT as acorn.ecmaVersion,
      sourceType: "script",
    });
  } catch (error) {
    return [`ES${OLDEST_ECMASCRIPT} 无法解析：${(error as Error).message}`];
  }
  const problems: string[] = [];
  walk.full(ast, (node) => {
    const n = node as acorn.Node & {
      regex?: { pattern: string };
      callee?: { type: string; name?: string };
      arguments?: { type: string; value?: unknown }[];
    };
    if (n.type === "Literal" && n.regex && lookbehindsIn(n.regex.pattern))
      problems.push(`正则字面量含后行断言：/${n.regex.pattern}/`);
    // new RegExp("…(?<=…)") would fail at run time instead.
    if (
      (n.type === "NewExpression" || n.type === "CallExpression") &&
      n.callee?.type === "Identifier" &&
      n.callee.name === "RegExp"
    ) {
      const first = n.arguments?.[0];
      if (
        first?.type === "Literal" &&
        typeof first.value === "string" &&
        lookbehindsIn(first.value)
      )
        problems.push(`RegExp 构造参数含后行断言："${first.value}"`);
    }
  });
  return problems;
}

test(`every dist/*.js parses as ES${OLDEST_ECMASCRIPT} with no regex lookbehind`, () => {
  const scripts = fs.readdirSync(out).filter((f) => f.endsWith(".js"));
  expect(scripts).toEqual(expect.arrayContaining(["taskpane.js", "functions.js"]));
  for (const file of scripts)
    expect({ file, problems: oldWebKitProblems(read(file)) }).toEqual({ file, problems: [] });
});

test("the old-WebKit parse rejects what Safari 15 cannot run (so the test above can fail)", () => {
  expect(oldWebKitProblems("class A { static { this.x = 1; } }")[0]).toMatch(/无法解析/);
  expect(oldWebKitProblems("class A { x = 1 }")[0]).toMatch(/无法解析/);
  expect(oldWebKitProblems("var r = /(?<![\\d.])\\d+/g;")).toEqual([
    "正则字面量含后行断言：/(?<![\\d.])\\d+/",
  ]);
  expect(oldWebKitProblems('var r = new RegExp("(?<=为)元");')).toHaveLength(1);
  expect(oldWebKitProblems("var r = /(?<year>\\d{4})年/; a ??= 1;")).toEqual([]);
});

test("both functions metadata files follow Microsoft's documented format and naming rules", () => {
  const validate = new Ajv({ allErrors: true }).compile(schema);
  for (const file of ["functions.json", "functions-zh-cn.json"]) {
    const metadata = JSON.parse(read(file));
    expect({ file, valid: validate(metadata), errors: validate.errors ?? null }).toEqual({
      file,
      valid: true,
      errors: null,
    });
    for (const fn of metadata.functions as { name: string }[])
      expect({ file, name: fn.name, problem: nameProblem(fn.name) }).toEqual({
        file,
        name: fn.name,
        problem: undefined,
      });
  }
});

describe("the built manifest", () => {
  const manifest = () => read("manifest.xml");
  /** The add-in's own server: where the task pane page is. */
  const own = () => {
    const page = /<SourceLocation DefaultValue="([^"]+)"/.exec(manifest())![1];
    return page.slice(0, page.lastIndexOf("/") + 1);
  };

  test("passes the offline check against the built assets, with no Override for DefaultLocale", async () => {
    await expect(
      checkManifest(manifest(), { assetsDir: path.join(out, "assets") })
    ).resolves.toEqual([]);
    expect(manifest()).not.toMatch(/<(bt:)?Override Locale="zh-CN"/i);
  });

  test("every URL on the add-in's own server names a file present in dist/", () => {
    const base = own();
    const urls = [...manifest().matchAll(/(?:DefaultValue|Value)="(https:[^"]+)"/g)].map(
      (m) => m[1]
    );
    const ours = urls.filter((url) => url.startsWith(base));
    expect(ours.length).toBeGreaterThan(8);
    const missing = ours.filter(
      (url) => !fs.existsSync(path.join(out, decodeURIComponent(url.slice(base.length))))
    );
    expect(missing).toEqual([]);
    expect(ours).toEqual(
      expect.arrayContaining([`${base}help.html`, `${base}functions-zh-cn.json`])
    );
  });

  test("help.html and the GetStarted text name only functions that exist", () => {
    const names = new Set(
      ["functions.json", "functions-zh-cn.json"].flatMap((file) =>
        JSON.parse(read(file)).functions.map((fn: { name: string }) => fn.name)
      )
    );
    const help = read("help.html");
    expect(help).toMatch(/<html lang="?zh-CN"?>/);
    // What a user sees: XML comments of the manifest do not count.
    for (const text of [help, manifest().replace(/<!--[\s\S]*?-->/g, "")]) {
      const named = [...text.matchAll(/JUESUAN\.([\p{L}\d._]+)/gu)].map((m) => m[1]);
      expect(named.length).toBeGreaterThan(0);
      expect(named.filter((name) => !names.has(name))).toEqual([]);
    }
    expect(help).toContain("JUESUAN.元转万元(元金额)");
    expect(help).toContain("JUESUAN.BUDGETRATE");
  });
});
