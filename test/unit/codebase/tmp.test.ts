import { existsSync, writeFileSync } from "fs";
import * as path from "path";
import { removeTempDirs, tempDir } from "../../helpers/tmp";

test("temporary folders are removed with what is in them (as after every test file)", () => {
  const dirs = [tempDir(), tempDir("juesuan-other-")];
  writeFileSync(path.join(dirs[0], "x.xlsx"), "x");
  expect(dirs.every(existsSync)).toBe(true);
  removeTempDirs();
  expect(dirs.some(existsSync)).toBe(false);
});
