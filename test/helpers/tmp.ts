import { mkdtempSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";

const created: string[] = [];

/** A new empty folder, removed after the test file's last test (test/helpers/cleanup.ts). */
export function tempDir(prefix = "juesuan-test-"): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Removes the folders tempDir made in this test file (each file has its own module registry). */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
