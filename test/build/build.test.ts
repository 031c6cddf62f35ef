import * as fs from "fs";
import * as path from "path";
import { addinBuild } from "../browser/build";

// The production build, as `npm run build` runs it (shared with the browser tests: built once per
// source state into a temporary folder; a build error fails it).
let out: string;

beforeAll(async () => {
  out = (await addinBuild()).dist;
}, 300_000);

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
