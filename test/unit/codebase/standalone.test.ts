import * as fs from "fs";
import * as path from "path";
import { filesUnder, ROOT } from "../../helpers/codebase";

// The project stands on its own: no code, comment or document points at material outside the
// repository (the reference folder the project was built with is not shipped with it).
const OUTSIDE = new RegExp(["\\.\\./shared\\b", "/work/shared\\b", "/work/(main|wt-)"].join("|"));
const SELF = path.relative(ROOT, __filename).split(path.sep).join("/");
const TEXT = /\.(ts|tsx|js|mjs|cjs|json|md|html|xml|yml|yaml|txt|css)$|^run$/;

test("no file names a path outside the repository", () => {
  const files = [
    ...filesUnder(".", TEXT).filter((f) => !f.startsWith("test/fixtures/")),
    ...filesUnder("test/fixtures", /\.(ts|md)$/),
  ].filter((f) => f !== "package-lock.json" && f !== SELF);
  expect(files.length).toBeGreaterThan(100);
  const naming = files.filter((file) =>
    OUTSIDE.test(fs.readFileSync(path.join(ROOT, file), "utf8"))
  );
  expect(naming).toEqual([]);
});

test("the pattern catches the ways such a path is written", () => {
  for (const text of ["见 ../shared/seed/x.txt", "/work/shared/domain", "../../shared/DESIGN.md"])
    expect(OUTSIDE.test(text)).toBe(true);
  expect(OUTSIDE.test("src/core/shared.ts")).toBe(false);
});
