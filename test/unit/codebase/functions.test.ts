import { filesUnder, functionLengths } from "../../helpers/codebase";

// A function longer than this is split at its seams (issue 16); data tables do not count.
const LONGEST = 120;

test(`no function in src/ or scripts/ is longer than ${LONGEST} lines`, () => {
  const files = ["src", "scripts"].flatMap((dir) => filesUnder(dir, /\.(tsx?|js)$/));
  expect(files).toEqual(
    expect.arrayContaining(["src/core/templates/layout.ts", "scripts/make-icons.js"])
  );
  const long = files
    .flatMap((file) => functionLengths(file))
    .filter((f) => f.lines > LONGEST)
    .map((f) => `${f.file}:${f.line} ${f.name} ${f.lines}`);
  expect(long).toEqual([]);
});

describe("the length measure", () => {
  const body = (n: number) => Array.from({ length: n }, (_, i) => `  total += ${i};`).join("\n");

  test("counts code lines, not comments or blank lines", () => {
    const text = `function f() {\n  let total = 0;\n  // why\n\n${body(130)}\n  return total;\n}\n`;
    expect(functionLengths("f.ts", text)).toMatchObject([{ name: "f", line: 1, lines: 134 }]);
  });

  test("leaves out the inside of a data literal, not a literal holding functions", () => {
    const rows = Array.from({ length: 200 }, (_, i) => `    ["${i}", item("行${i}")],`).join("\n");
    const data = `const tables = () => {\n  return [\n${rows}\n  ];\n};\n`;
    expect(functionLengths("t.ts", data)).toMatchObject([{ name: "tables", lines: 4 }]);
    const handlers = Array.from({ length: 130 }, (_, i) => `    h${i}: () => ${i},`).join("\n");
    const logic = `function g() {\n  return {\n${handlers}\n  };\n}\n`;
    expect(functionLengths("g.ts", logic)[0]).toMatchObject({ name: "g", lines: 134 });
  });
});
