import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { Browser, chromium, Page } from "playwright-core";
import { runCli } from "../helpers/cli";
import { tempDir } from "../helpers/tmp";
import { addinBuild } from "../helpers/browser/build";
import { CHROMIUM, describeWithChromium } from "../helpers/browser/chromium";
import type { HostHooks } from "../helpers/browser/host";
import { serveFolder, StaticServer } from "../helpers/browser/server";

/**
 * The task pane in headless Chromium, served from the production build over local HTTP, with the
 * test host (test/helpers/browser/host.ts) standing in for Excel. Walks the clerk's path on the sample
 * department: 设置 → 模板 → (typing the inputs) → 填报 → 校验 → 说明.
 *
 * Screenshots of each tab go to a temporary folder; with PANE_SCREENSHOTS=1 also to docs/img
 * (pane-*.png, used by docs/guide.md).
 */

const root = path.resolve(__dirname, "../..");
const DEPARTMENT = "景德镇市陶瓷产业发展局";
const UNITS = [
  ["景德镇市陶瓷产业发展局本级", "行政单位"],
  ["景德镇市特种陶瓷研究所", "事业单位"],
] as const;
const TABLES = Array.from({ length: 10 }, (_x, i) => `公开${String(i + 1).padStart(2, "0")}表`);

/** Latin words the Chinese interface may show: product and format names. */
const LATIN_ALLOWED = new Set(["Excel", "Word", "WPS", "LibreOffice", "PDF"]);

describeWithChromium("task pane (headless Chromium, test host)", () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const shots = tempDir("juesuan-pane-");
  const outside: string[] = [];
  const pageErrors: string[] = [];
  const syncs: Record<string, number> = {};
  const texts: Record<string, string> = {};

  /**
   * Runs `fn` in the page with the host's hooks (and JSON arguments). `fn` travels as source text,
   * so it may use only its parameters (and breaks under coverage instrumentation).
   */
  const host = <A extends unknown[], T>(
    fn: (hooks: HostHooks, ...args: A) => T,
    ...args: A
  ): Promise<Awaited<T>> =>
    page.evaluate(`(${fn.toString()})(window.__host, ...${JSON.stringify(args)})`);

  /** Polls `fn` in the page until its result satisfies `ok` (5 s). */
  async function until<T>(fn: (hooks: HostHooks) => T, ok: (value: Awaited<T>) => boolean) {
    let value = await host(fn);
    for (let i = 0; i < 50 && !ok(value); i++) {
      await page.waitForTimeout(100);
      value = await host(fn);
    }
    return value;
  }

  const tab = (name: string) => page.getByRole("tab", { name, exact: true }).click();
  const button = (name: string) => page.getByRole("button", { name, exact: true });
  const panel = (name: string) => page.getByRole("region", { name, exact: true });

  /** Waits for the command to finish and records its round trips to Excel from the caption. */
  async function recordSyncs(command: string): Promise<number> {
    const caption = page.getByTestId("syncs");
    await caption.filter({ hasText: `“${command}”` }).waitFor();
    const text = await caption.innerText();
    const count = Number(/往返 (\d+) 次/.exec(text)?.[1]);
    syncs[command] = count;
    return count;
  }

  async function screenshot(name: string, tabName?: string): Promise<void> {
    if (tabName) texts[tabName] = await page.locator("#container").innerText();
    await page.mouse.move(0, 0);
    await page.waitForTimeout(200);
    const file = path.join(shots, name);
    await page.screenshot({ path: file, fullPage: true });
    if (process.env.PANE_SCREENSHOTS) fs.copyFileSync(file, path.join(root, "docs/img", name));
  }

  /** Last year's workbook for 上年决算数: the sample's filled tables (as the fill --prior test). */
  const lastYear = path.join(shots, "last-year.xlsx");

  beforeAll(async () => {
    expect((await runCli("demo", "--out", shots)).code).toBe(0);
    fs.copyFileSync(path.join(shots, "sample.xlsx"), lastYear);
    const build = await addinBuild();
    server = await serveFolder(build.dist);
    browser = await chromium.launch({ executablePath: CHROMIUM });
    const context = await browser.newContext({
      viewport: { width: 420, height: 760 },
      locale: "zh-CN",
      reducedMotion: "reduce",
      acceptDownloads: true,
      permissions: ["clipboard-read", "clipboard-write"],
    });
    page = await context.newPage();
    // Nothing may leave the machine: every request not for the local server is refused and noted.
    await page.route("**", (route) => {
      const url = route.request().url();
      if (url.startsWith(`${server.origin}/`)) return route.continue();
      outside.push(url);
      return route.abort();
    });
    await page.addInitScript({ path: build.host });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("heading", { name: "决算公开助手" }).waitFor();
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    console.log(`任务窗格截图：${shots}\n各命令与 Excel 的往返次数：${JSON.stringify(syncs)}`);
  });

  test("设置: department, year and two units, saved in the workbook's settings", async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    await expect(page.getByText("请在 Excel 中打开本加载项").count()).resolves.toBe(0);
    await tab("设置");
    await page.getByLabel("部门名称").fill(DEPARTMENT);
    await page.getByLabel("年度").fill("2021");
    await page.getByLabel("单位1名称").fill(UNITS[0][0]);
    await page.getByLabel("单位1性质").selectOption(UNITS[0][1]);
    await button("添加单位").click();
    await page.getByLabel("单位2名称").fill(UNITS[1][0]);
    await page.getByLabel("单位2性质").selectOption(UNITS[1][1]);
    await page.getByText("设置已记入本工作簿").waitFor();
    const saved = (await host((h) => h.savedSettings()))["juesuan.settings"];
    expect(saved).toMatchObject({
      department: DEPARTMENT,
      year: 2021,
      units: UNITS.map(([name, type]) => ({ name, type })),
    });
    await screenshot("pane-settings.png", "设置");
  });

  test("模板: inserts the ten tables and the input sheets; replaces an edited table only when confirmed", async () => {
    await tab("模板");
    await button("插入模板").click();
    await page.getByText("已生成10张公开表").waitFor();
    expect(await recordSyncs("插入模板")).toBeLessThanOrEqual(2);
    const names = await host((h) => h.sheetNames());
    expect(names).toEqual(expect.arrayContaining([...TABLES, "基础信息", "收支明细", "补充信息"]));
    expect(await host((h, s: string) => h.value(s, "A3"), "公开01表")).toBe(`部门：${DEPARTMENT}`);
    await screenshot("pane-template.png", "模板");

    // A table edited by hand is not replaced without asking, and not at all when the clerk cancels.
    await host((h, s: string) => h.setValue(s, "C6", 123), "公开01表");
    await button("插入模板").click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await expect(dialog.innerText()).resolves.toContain("「公开01表」在上次生成后被手工修改过");
    await dialog.getByRole("button", { name: "取消" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(await host((h, s: string) => h.value(s, "C6"), "公开01表")).toBe(123);
    await button("插入模板").click();
    await dialog.getByRole("button", { name: "覆盖" }).click();
    await page.getByText("已生成10张公开表").waitFor();
    expect(await host((h, s: string) => h.value(s, "C6"), "公开01表")).toBe(null);
  });

  test("填报: lists input problems that select their cell, then fills the sample", async () => {
    await host((h) => h.typeSampleInputs());
    await tab("填报");
    // The fake host does not calculate formulas: write values so 校验 can read the figures.
    await page.getByRole("radio", { name: "数值" }).check();

    const amount = (await host(
      (h, s: string) => h.findCell(s, "金额（元）"),
      "收支明细"
    )) as string;
    const bad = `${amount.replace(/\d+$/, "")}${Number(/\d+$/.exec(amount)![0]) + 1}`;
    const original = await host((h, a: string) => h.value("收支明细", a), bad);
    await host((h, a: string) => h.setValue("收支明细", a, "一百元"), bad);
    await button("填报").click();
    const problems = page.getByRole("region", { name: "输入问题" });
    await problems.waitFor();
    await expect(page.getByRole("alert").innerText()).resolves.toContain("输入表中有 1 处问题");
    const problem = problems.getByRole("button").first();
    await expect(problem.innerText()).resolves.toContain("收支明细 第2行");
    await problem.click();
    expect(
      await until(
        (h) => h.selection(),
        (v) => v !== undefined
      )
    ).toEqual({
      sheet: "收支明细",
      address: bad,
    });
    await host((h, a: string, v: unknown) => h.setValue("收支明细", a, v as number), bad, original);

    await button("填报").click();
    await page.getByText("填报完成").waitFor();
    expect(await recordSyncs("填报")).toBeLessThanOrEqual(3);
    const summary = await panel("填报").innerText();
    expect(summary).toMatch(/收入总计\s*1583\.52\s*万元，支出总计\s*1583\.52\s*万元/);
    expect(summary).toContain("勾稽关系：通过");
    expect(await host((h) => h.sheetNames())).toEqual(expect.arrayContaining(["校验", "情况说明"]));
    await screenshot("pane-fill.png", "填报");
  });

  test("校验: passes on the sample; an edited cell gives an 错误 that selects the cell", async () => {
    await tab("校验");
    // An error from Excel is told in Chinese, with its code, and no stack trace.
    await host((h) => h.failSyncs("GeneralException"));
    await button("重新校验").click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    const message = await alert.innerText();
    expect(message).toContain("Excel 返回错误：GeneralException");
    expect(message).toContain("Excel 处理请求时出错");
    expect(message).not.toMatch(/\bat\b|\.js:\d+/);
    await host((h) => h.failSyncs(null));
    await alert.getByRole("button", { name: "关闭" }).click();
    await alert.waitFor({ state: "hidden" });

    await button("重新校验").click();
    await page.getByText(/校验 \d+ 条勾稽关系：错误 0 条/).waitFor();
    expect(await recordSyncs("校验")).toBeLessThanOrEqual(2);
    await expect(panel("校验").innerText()).resolves.toContain("通过");

    const original = await host((h) => h.value("公开01表", "C8"));
    await host((h) => h.setValue("公开01表", "C8", 999));
    await button("重新校验").click();
    await page.getByText(/错误 3 条/).waitFor();
    const text = await panel("校验").innerText();
    expect(text).toContain("不通过");
    expect(text).toContain("公开01表!C8");
    const errorsOnly = page.getByRole("switch", { name: "只看错误" });
    await errorsOnly.check();
    expect(await errorsOnly.isChecked()).toBe(true);
    const finding = page
      .getByRole("group", { name: "公开01表" })
      .getByRole("button", { name: /公开01表「本年收入合计」应等于所属各行之和/ });
    await finding.click();
    const selection = await until(
      (h) => h.selection(),
      (v) => v?.sheet === "公开01表"
    );
    expect(await host((h) => h.activeSheet())).toBe("公开01表");
    // Several cells: the range enclosing them is selected (Range.select; the fake, like the office.js
    // we ship, has no RangeAreas.select), and the pane names the cells of the finding.
    expect(selection?.sheet).toBe("公开01表");
    expect(selection?.address).toMatch(/^C\d+:C\d+$/);
    const notice = await page.getByRole("status", { name: "提示" }).innerText();
    expect(notice).toContain(`已在“公开01表”选中 ${selection?.address}`);
    expect(notice).toMatch(/本条涉及其中的 C\d+、.*C8/);
    expect(pageErrors).toEqual([]);
    await screenshot("pane-check.png", "校验");
    await host((h, v: unknown) => h.setValue("公开01表", "C8", v as number), original);
  });

  test("校验 in manual calculation mode recalculates before reading, and says so", async () => {
    await tab("校验");
    await host((h) => h.setCalculationMode("Manual"));
    const before = await host((h) => h.calculations());
    const original = await host((h) => h.value("公开01表", "C8"));
    await host((h) => h.setValue("公开01表", "C8", 999));
    await button("重新校验").click();
    await page.getByText(/错误 3 条/).waitFor();
    expect(await page.getByRole("status", { name: "提示" }).innerText()).toContain(
      "工作簿为手动计算模式：读取前已让 Excel 重新计算"
    );
    expect(await host((h) => h.calculations())).toBeGreaterThan(before);
    expect(await host((h) => h.staleReads())).toBe(0);
    await host((h, v: unknown) => h.setValue("公开01表", "C8", v as number), original);
    await host((h) => h.setCalculationMode("Automatic"));
  });

  test("说明: the narrative from the workbook, and the Word file", async () => {
    await tab("说明");
    await button("重新生成").click();
    await page.getByText("本年收入合计1579.09万元，较2020年减少1781.73万元，下降53.01%").waitFor();
    expect(await recordSyncs("生成情况说明")).toBeLessThanOrEqual(2);
    const preview = await page.getByRole("article", { name: "情况说明预览" }).innerText();
    expect(preview).toContain(`${DEPARTMENT}2021年度部门决算情况说明`);

    // The 情况说明 sheet (live formulas) is written by filling again.
    await button("插入“情况说明”表").click();
    expect(await recordSyncs("写入“情况说明”表")).toBeLessThanOrEqual(3);
    const formulas = await host((h) => h.formulas("情况说明"));
    expect(formulas.some((f) => f.includes("公开01表"))).toBe(true);
    await page.getByText("本年收入合计1579.09万元，较2020年减少1781.73万元，下降53.01%").waitFor();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      button("下载 Word").click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${DEPARTMENT}2021年度部门决算情况说明.docx`);
    const file = path.join(shots, "narrative.docx");
    await download.saveAs(file);
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    expect(bytes.length).toBeGreaterThan(5000);
    texts["说明"] = await page.locator("#container").innerText();

    // Excel on Mac cannot save files from the pane: the button explains and offers the text.
    await host((h) => h.setPlatform("Mac"));
    let downloads = 0;
    page.on("download", () => downloads++);
    await button("下载 Word").click();
    const blocked = page.getByRole("alert").filter({ hasText: "不能保存文件" });
    await blocked.waitFor();
    const explanation = await blocked.innerText();
    expect(explanation).toContain("Mac 版 Excel 的任务窗格不能保存文件");
    expect(explanation).toContain("juesuan narrate");
    await blocked.getByRole("button", { name: "复制全文" }).click();
    await blocked.getByText("已复制全文，请在 Word 中粘贴。").waitFor();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toContain(`${DEPARTMENT}2021年度部门决算情况说明`);
    expect(clipboard).toContain("本年收入合计1579.09万元");
    expect(downloads).toBe(0);
    await host((h) => h.setPlatform("PC"));

    // A hand-written draft (its quoted text is the clerk's, so not part of the language check): a
    // figure that differs from the workbook, the wrong 增减率 and a leftover template word are found.
    await page
      .getByRole("textbox", { name: "检查手写稿" })
      .fill(
        [
          "本部门2021年度收入总计1583.50万元。",
          "本年收入合计1579.09万元，较2020年减少1781.73万元，下降60.00%。",
          "支出增加（减少）XX万元。",
        ].join("\n")
      );
    await button("检查").click();
    const lint = await page.getByRole("list", { name: "手写稿问题" }).innerText();
    expect(await recordSyncs("检查手写稿")).toBeLessThanOrEqual(2);
    expect(lint).toContain("第1行：所写1583.50万元与工作簿“收入总计”1583.52万元不符");
    expect(lint).toContain("第2行：按本年1579.09万元、减少1781.73万元推算");
    expect(lint).toContain("下降53.01%，与所写60.00%不符");
    expect(lint).toContain("第3行：“增加（减少）”是未删去的模板备选词");
    await screenshot("pane-narrative.png");

    // 插入图表: the four charts of the published document as native charts on the 图表 sheet.
    await button("插入图表").click();
    await page.getByText(/已在“图表”表插入 4 幅图/).waitFor();
    expect(await recordSyncs("插入图表")).toBeLessThanOrEqual(3);
    const charts = await host((h) => h.charts("图表"));
    expect(charts.map((c) => c.type)).toEqual(["Pie", "Pie", "ColumnClustered", "ColumnClustered"]);
    expect(charts[0].title).toBe("2021年度收入决算构成");

    // 下载公开文档: the whole document as juesuan publish writes it, charts drawn by the canvas.
    const [published] = await Promise.all([
      page.waitForEvent("download"),
      button("下载公开文档").click(),
    ]);
    expect(published.suggestedFilename()).toBe(`${DEPARTMENT}2021年度部门决算.docx`);
    await page.getByText(/已生成《.*》：10 张表/).waitFor();
    const docx = path.join(shots, "published.docx");
    await published.saveAs(docx);
    const zip = await JSZip.loadAsync(fs.readFileSync(docx));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    for (const text of [
      "目  录",
      "第一部分 部门概况",
      "收入支出决算总表",
      "1,583.52",
      "第四部分 名词解释",
    ])
      expect(xml).toContain(text);
    const images = Object.keys(zip.files).filter((f) => /^word\/media\/.*\.png$/.test(f));
    expect(images.length).toBeGreaterThanOrEqual(3);
    const png = await zip.file(images[0])!.async("uint8array");
    expect(Buffer.from(png.subarray(1, 4)).toString()).toBe("PNG");
    expect(png.length).toBeGreaterThan(5000); // drawn, not blank
    expect(xml).toMatch(/<wp:docPr [^>]*descr="2021年度收入决算构成（单位：万元）/);

    // On Mac the pane cannot save: it says so and names the CLI command.
    await host((h) => h.setPlatform("Mac"));
    await button("下载公开文档").click();
    const cannot = page.getByRole("alert").filter({ hasText: "不能保存文件" });
    await cannot.waitFor();
    expect(await cannot.innerText()).toContain("juesuan publish");
    await host((h) => h.setPlatform("PC"));
  });

  test("填报: 上年决算数 from last year's workbook, blank cells only unless asked", async () => {
    await tab("填报");
    const amounts = async () => {
      const at = (await host((h) => h.findCell("预算与上年数", "上年决算数（元）"))) as string;
      const col = at.replace(/\d+$/, "");
      const row = async (indicator: string) =>
        (
          (await host((h, t: string) => h.findCell("预算与上年数", t), indicator)) as string
        ).replace(/^[A-Z]+/, "");
      return {
        收入总计: await host(
          (h, a: string) => h.value("预算与上年数", a),
          col + (await row("收入总计"))
        ),
        公务接待费: await host(
          (h, a: string) => h.value("预算与上年数", a),
          col + (await row("公务接待费"))
        ),
      };
    };
    const before = await amounts();
    expect(before.公务接待费).toBe(216900);
    // The clerk clicks 选择上年的工作簿… and picks the file (the hidden input behind the button).
    expect(await button("选择上年的工作簿…").isEnabled()).toBe(true);
    await page.locator('input[type="file"][aria-label="选择上年的工作簿"]').setInputFiles(lastYear);
    const region = panel("上年决算数");
    await region.getByText(/从「last-year\.xlsx」取得上年决算数 \d+ 项/).waitFor();
    const list = await region.getByRole("list", { name: "取得的上年决算数" }).innerText();
    expect(list).toMatch(/← 公开\d\d表![A-Z]+\d+/);
    // Typed figures that differ from last year's table stay, listed, until the clerk asks.
    await region.getByText(/已填写的 \d+ 项与上年表不同，未改动/).waitFor();
    expect(await region.innerText()).toMatch(
      /收入总计：已填 [\d,.]+ 万元，上年表 公开01表!C\d+ 为 1,583\.52 万元/
    );
    expect((await amounts()).收入总计).toBe(before.收入总计);
    await region.getByRole("button", { name: "改用上年表的数字" }).click();
    await region.getByText(/替换 \d+ 项/).waitFor();
    expect((await amounts()).收入总计).toBeCloseTo(15_835_200, -2);
  });

  test("the interface is Chinese, nothing left the machine, no script failed", async () => {
    for (const [name, text] of Object.entries(texts)) {
      const latin = (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !LATIN_ALLOWED.has(w));
      expect({ tab: name, latin }).toEqual({ tab: name, latin: [] });
      expect(text.match(/[\u4e00-\u9fff]/g)?.length ?? 0).toBeGreaterThan(20);
    }
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(await host((h) => h.unsynced())).toBe(0);
    expect(server.requests).toContain("/office-js/office.js");
    expect(server.missing.filter((p) => p !== "/favicon.ico")).toEqual([]);
  });
});
