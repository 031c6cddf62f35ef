// 命令行：ts-node scripts/manifest/cli.ts manifest.xml [--assets <目录>]（npm run validate:offline）。
import * as fs from "fs";
import * as path from "path";
import { checkManifest } from "./index";

const USAGE =
  "用法：npm run validate:offline（或 ts-node scripts/manifest/cli.ts manifest.xml [--assets <目录>]）";

async function main(argv: string[]): Promise<number> {
  const args = argv.slice(2);
  let file: string | undefined;
  let assetsDir: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--assets") assetsDir = args[++i];
    else if (args[i] === "-h" || args[i] === "--help") {
      console.log(USAGE);
      return 0;
    } else file = args[i];
  }
  if (!file) {
    console.error(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    console.error(`无法读取清单文件：${file}（${(err as Error).message}）`);
    return 2;
  }
  const problems = await checkManifest(text, {
    assetsDir: assetsDir
      ? path.resolve(assetsDir)
      : path.join(path.dirname(path.resolve(file)), "assets"),
  });
  if (problems.length === 0) {
    console.log(`清单检查通过：${file}`);
    return 0;
  }
  console.error(`清单检查未通过：${file}（共 ${problems.length} 个问题）`);
  for (const p of problems) console.error(`  - ${p}`);
  return 1;
}

main(process.argv).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`清单检查出错：${(err as Error)?.stack || err}`);
    process.exit(2);
  }
);
