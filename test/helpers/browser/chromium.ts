import * as fs from "fs";
import { describeWhenInstalled } from "../requires";

/** The Debian package's Chromium (.ci/run installs it); playwright-core drives it, no download. */
export const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) =>
  fs.existsSync(p)
);

export const describeWithChromium = describeWhenInstalled(
  CHROMIUM,
  "Chromium (Debian package chromium)"
);
