import { mkdtempSync } from "fs";
import * as os from "os";
import * as path from "path";

export function tempDir(prefix = "juesuan-test-"): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}
