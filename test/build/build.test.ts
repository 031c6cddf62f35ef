import * as fs from "fs";
import * as path from "path";
import webpack from "webpack";
import { tempDir } from "../helpers/tmp";

// The production build, as `npm run build` runs it, into a temporary folder.
const root = path.resolve(__dirname, "../..");
let out: string;

beforeAll(async () => {
  out = tempDir("juesuan-build-");
  const configFactory = require(path.join(root, "webpack.config.js"));
  const config = await configFactory({ WEBPACK_BUILD: true }, { mode: "production" });
  config.output.path = out;
  config.context = root;
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (error, result) => (error || !result ? reject(error) : resolve(result)))
  );
  expect(stats.compilation.errors.map((e) => e.message)).toEqual([]);
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
    "CHANGE",
    "CHANGEPHRASE",
    "PCT",
    "RATE",
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
