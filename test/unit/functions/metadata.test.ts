import Ajv from "ajv";
import * as fs from "fs";
import * as path from "path";
import { nameProblem } from "../../../scripts/localize-functions";
import schema from "../../../src/functions/metadata.schema.json";
import builtin from "../../../src/functions/excel-builtin-functions.json";
import dictionary from "../../../src/functions/zh-cn.json";

// The names as the JSDoc declares them (what custom-functions-metadata writes into functions.json);
// the built functions.json and functions-zh-cn.json are validated in test/browser/build.test.ts.
const source = fs.readFileSync(path.join(__dirname, "../../../src/functions/functions.ts"), "utf8");
const english = [...source.matchAll(/@customfunction\s+(\S+)/g)].map((m) => m[1]);
const chinese = Object.values(dictionary).map((entry) => entry.name);

test("the list of built-in Excel functions is data with its source", () => {
  expect(builtin.$comment).toMatch(/https:\/\/support\.microsoft\.com\//);
  expect(builtin.names).toContain("RATE");
  expect(builtin.names.length).toBeGreaterThan(450);
});

test.each([...english, ...chinese])("custom function name %s follows Microsoft's rules", (name) => {
  expect(nameProblem(name)).toBeUndefined();
});

test("the rules reject what the add-in used to ship", () => {
  expect(nameProblem("RATE")).toBe("与 Excel 内置函数同名");
  expect(nameProblem("rate")).toBe("与 Excel 内置函数同名");
  expect(nameProblem("占比")).toBe("少于 3 个字符");
  expect(nameProblem("1元钱")).toMatch(/须以字母开头/);
});

test("the schema rejects undocumented fields and short names", () => {
  const validate = new Ajv({ allErrors: true }).compile(schema);
  const fn = {
    id: "WANYUAN",
    name: "元转万元",
    description: "换算",
    parameters: [{ name: "元金额", description: "金额", type: "number" }],
    result: { type: "number" },
  };
  expect(validate({ functions: [fn] })).toBe(true);
  expect(
    validate({ functions: [{ ...fn, result: { type: "number", description: "万元" } }] })
  ).toBe(false);
  expect(validate.errors?.[0]).toMatchObject({ keyword: "additionalProperties" });
  expect(validate({ functions: [{ ...fn, name: "占比" }] })).toBe(false);
  expect(validate({ functions: [{ ...fn, options: { sync: true } }] })).toBe(false);
});
