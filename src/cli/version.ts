import * as fs from "fs";
import * as path from "path";

/** The package version, read at run time (package.json sits two levels above both src/cli and lib/cli). */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(
      fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")
    );
    return String(pkg.version);
  } catch {
    return "0.0.0";
  }
}
