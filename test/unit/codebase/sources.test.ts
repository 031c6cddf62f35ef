import * as fs from "fs";
import * as path from "path";
import ts from "typescript";
import { lookbehindsIn } from "../../helpers/syntax";

// The quick counterpart of the build test's old-WebKit parse: every regex literal of the code the
// task pane bundles (src/, except the CLI and the xlsx adapter), without building.
const root = path.resolve(__dirname, "../../..");
const NOT_IN_PANE = [path.join("src", "cli"), path.join("src", "xlsx")];

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return NOT_IN_PANE.includes(rel) ? [] : sources(rel);
    return /\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

function regexLiterals(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push(node.getText(source));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

test("no regex literal of the pane's sources uses lookbehind (WebKit before 16.4 cannot parse it)", () => {
  const offending = sources("src").flatMap((file) =>
    regexLiterals(file)
      .filter(lookbehindsIn)
      .map((re) => `${file}: ${re}`)
  );
  expect(offending).toEqual([]);
});

test("the lookbehind detector tells lookbehind from named groups and escapes", () => {
  expect(lookbehindsIn("(?<![\\d.])\\d+")).toBe(true);
  expect(lookbehindsIn("(?<=为)元")).toBe(true);
  expect(lookbehindsIn("(?<year>\\d{4})")).toBe(false);
  expect(lookbehindsIn("\\(?<=")).toBe(false);
});
