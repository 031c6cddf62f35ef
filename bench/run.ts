// npm run bench: fill time and peak memory for 10^4, 10^5 and 10^6 ledger lines.
// Each size runs in its own process so its peak memory is its own.
import { execFileSync } from "child_process";
import * as path from "path";

const SIZES = [10_000, 100_000, 1_000_000];
const FILE_SIZES = [10_000, 100_000];
const GOAL = { lines: 1_000_000, seconds: 10, mib: 1024 };

function run(script: string, lines: number): Record<string, number> {
  const stdout = execFileSync(
    process.execPath,
    [
      "--expose-gc",
      "--max-old-space-size=4096",
      "-r",
      "ts-node/register/transpile-only",
      path.join(__dirname, script),
      String(lines),
    ],
    { encoding: "utf8", cwd: path.resolve(__dirname, "..") }
  );
  return JSON.parse(stdout.trim().split("\n").pop() as string);
}

const fmt = (n: number, digits = 2) => n.toFixed(digits).padStart(8);

console.log("填报（core：输入表数据 → 十张表的公式与结果；即加载项读取区域后的计算）");
console.log("    明细行数      耗时(秒)   峰值内存(MiB)  每万行耗时(秒)");
const results = SIZES.map((lines) => {
  const r = run("fill.ts", lines);
  console.log(
    `${String(lines).padStart(12)}  ${fmt(r.seconds)}  ${String(r.peakRssMiB).padStart(12)}  ${fmt((r.seconds / lines) * 10_000, 3)}`
  );
  return r;
});
const largest = results[results.length - 1];
const ok = largest.seconds < GOAL.seconds && largest.peakRssMiB < GOAL.mib;
console.log(
  `目标：${GOAL.lines} 行 < ${GOAL.seconds} 秒且 < ${GOAL.mib} MiB —— ${ok ? "达到" : "未达到"}` +
    `（实测 ${largest.seconds.toFixed(2)} 秒，${largest.peakRssMiB} MiB）`
);
const ratio = (results[2].seconds / results[1].seconds).toFixed(1);
console.log(`线性：10^6 行耗时是 10^5 行的 ${ratio} 倍（线性为 10 倍）`);

if (!process.argv.includes("--no-files")) {
  console.log("\n命令行全程（ExcelJS 读取 .xlsx → 填报 → 写出 .xlsx）");
  for (const lines of FILE_SIZES) {
    const r = run("file.ts", lines);
    console.log(
      `${String(lines).padStart(12)}  ${fmt(r.seconds)}  ${String(r.maxRssMiB).padStart(12)}`
    );
  }
}
console.log("\n批量校验（juesuan check 文件夹，每个 CPU 核一个工作线程；需先 npm run build:cli）");
const check = run("check.ts", 1000);
const checkOk = check.seconds < 60;
console.log(
  `  ${check.workbooks} 个工作簿，${check.seconds.toFixed(1)} 秒（${check.cores} 核）—— 目标 < 60 秒：${checkOk ? "达到" : "未达到"}`
);
console.log(`  ${check.summary}`);
console.log(
  "\nOffice.js 往返次数（context.sync，样例部门；目标：模板 ≤ 2、填报 ≤ 3、校验 ≤ 2、说明 ≤ 2）"
);
const syncs = run("syncs.ts", 0);
const syncOk = syncs.insert <= 2 && syncs.fill <= 3 && syncs.check <= 2 && syncs.narrate <= 2;
console.log(
  `  模板 ${syncs.insert}，填报 ${syncs.fill}，校验 ${syncs.check}，说明 ${syncs.narrate} —— ${syncOk ? "达到" : "未达到"}`
);
process.exitCode = ok && checkOk && syncOk ? 0 : 1;
