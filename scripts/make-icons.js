#!/usr/bin/env node
/*
 * 生成加载项图标：assets/icon-16/32/64/80/128.png 与 assets/logo-filled.png。
 *
 * 图案：深红色圆角方块，白色「决」字（Noto Sans CJK SC Bold，需安装 fonts-noto-cjk）。
 * 用 playwright-core 驱动系统 Chromium 渲染，透明圆角。
 *
 * 用法：node scripts/make-icons.js [--chromium /usr/bin/chromium] [--out assets]
 *   也可用环境变量 CHROMIUM_PATH 指定浏览器。
 */
/* global require, process, console, __dirname, document -- Node CommonJS script (document: inside page.evaluate) */
"use strict";

const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

const ICONS = [
  { file: "icon-16.png", size: 16 },
  { file: "icon-32.png", size: 32 },
  { file: "icon-64.png", size: 64 },
  { file: "icon-80.png", size: 80 },
  { file: "icon-128.png", size: 128 },
  { file: "logo-filled.png", size: 256 },
];

const COLORS = {
  top: "#c62828", // 红
  bottom: "#8e0000", // 深红
  glyph: "#ffffff",
};

function html(size) {
  // 小尺寸下减小圆角与留白，保证字形清晰；16px 不用渐变，避免发灰。
  const radius = Math.max(2, Math.round(size * 0.2));
  const fontSize = size <= 16 ? 14 : size <= 32 ? Math.round(size * 0.78) : Math.round(size * 0.68);
  const bg =
    size <= 16 ? COLORS.top : `linear-gradient(160deg, ${COLORS.top} 0%, ${COLORS.bottom} 100%)`;
  const inset =
    size >= 64
      ? `inset 0 0 0 ${Math.max(1, Math.round(size / 64))}px rgba(255,255,255,0.18)`
      : "none";
  return `<!doctype html>
<html><head><meta charset="utf-8"><style>
  html, body { margin: 0; padding: 0; background: transparent; }
  .icon {
    width: ${size}px; height: ${size}px; box-sizing: border-box;
    border-radius: ${radius}px; background: ${bg}; box-shadow: ${inset};
    display: flex; align-items: center; justify-content: center; overflow: hidden;
  }
  .glyph {
    color: ${COLORS.glyph};
    font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", sans-serif;
    font-weight: 700; font-size: ${fontSize}px; line-height: 1;
    /* CJK 字面在 em 框中略偏下，轻微上移以视觉居中 */
    transform: translateY(${(-size * 0.015).toFixed(2)}px);
  }
</style></head>
<body><div class="icon"><span class="glyph">决</span></div></body></html>`;
}

function parseArgs(argv) {
  const opts = {
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    outDir: path.join(__dirname, "..", "assets"),
  };
  for (let i = 2; i < argv.length; i++) {
    if (argv[i] === "--chromium") opts.executablePath = argv[++i];
    else if (argv[i] === "--out") opts.outDir = path.resolve(argv[++i]);
  }
  return opts;
}

async function main() {
  const { executablePath, outDir } = parseArgs(process.argv);
  if (!fs.existsSync(executablePath)) {
    throw new Error(`找不到 Chromium：${executablePath}（可用 --chromium 或 CHROMIUM_PATH 指定）`);
  }
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath, args: ["--font-render-hinting=none"] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const { file, size } of ICONS) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(html(size));
      await page.evaluate(() => document.fonts.ready);
      const out = path.join(outDir, file);
      await page.locator(".icon").screenshot({ path: out, omitBackground: true });
      console.log(`已生成 ${path.relative(process.cwd(), out)}（${size}×${size}）`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(`生成图标失败：${(err && err.message) || err}`);
  process.exit(1);
});
