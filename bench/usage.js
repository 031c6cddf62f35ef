// Preloaded (node -r) into a CLI run by the bench: at exit, the process's CPU time (all threads)
// and peak memory go to the file named by JUESUAN_BENCH_USAGE.
"use strict";
/* global require, process */
const fs = require("fs");
const file = process.env.JUESUAN_BENCH_USAGE;
if (file) {
  process.on("exit", () => {
    const cpu = process.cpuUsage();
    fs.writeFileSync(
      file,
      JSON.stringify({
        cpuSeconds: (cpu.user + cpu.system) / 1e6,
        maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      })
    );
  });
}
