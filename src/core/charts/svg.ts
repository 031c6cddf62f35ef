import { Decimal, formatFixed, ZERO } from "../money";
import type { ChartData } from "./types";

/** Drawing size in px; the document scales the image to the text width. */
export const CHART_WIDTH = 720;
export const CHART_HEIGHT = 400;

/**
 * CJK fonts by platform: Noto/思源 (Linux, CI), 微软雅黑 and 宋体 (Windows), 苹方 (Mac). The renderer
 * takes the first one installed.
 */
const FONTS =
  "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, SimSun, PingFang SC, sans-serif";
const COLORS = [
  "#2f5597",
  "#c55a11",
  "#548235",
  "#bf9000",
  "#7030a0",
  "#2e75b6",
  "#843c0c",
  "#7f7f7f",
];

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const num = (n: number) => (Math.round(n * 10) / 10).toString();

function text(x: number, y: number, content: string, attrs = ""): string {
  return `<text x="${num(x)}" y="${num(y)}" font-family="${FONTS}" ${attrs}>${escape(content)}</text>`;
}

/** The chart as a standalone SVG document (no scripts, no external references). */
export function chartSvg(chart: ChartData): string {
  const body = chart.kind === "pie" ? pie(chart) : bars(chart);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    text(
      CHART_WIDTH / 2,
      30,
      chart.title,
      `font-size="20" text-anchor="middle" font-weight="bold"`
    ) +
    text(CHART_WIDTH - 16, 30, "单位：万元", `font-size="13" text-anchor="end" fill="#595959"`) +
    body +
    `</svg>`
  );
}

function pie(chart: ChartData): string {
  const values = chart.series[0].values;
  const total = values.reduce((a, b) => a.plus(b), ZERO);
  const cx = 200;
  const cy = 215;
  const r = 150;
  const parts: string[] = [];
  let angle = -Math.PI / 2;
  values.forEach((value, i) => {
    const share = total.isZero() ? 0 : value.div(total).toNumber();
    const color = COLORS[i % COLORS.length];
    if (share >= 0.9999) {
      parts.push(`<circle cx="${cx}" cy="${cy}" r="${r}" fill="${color}"/>`);
    } else if (share > 0) {
      const end = angle + share * 2 * Math.PI;
      const large = share > 0.5 ? 1 : 0;
      const [x1, y1] = [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
      const [x2, y2] = [cx + r * Math.cos(end), cy + r * Math.sin(end)];
      parts.push(
        `<path d="M${cx},${cy} L${num(x1)},${num(y1)} A${r},${r} 0 ${large} 1 ${num(x2)},${num(y2)} Z" fill="${color}" stroke="#ffffff" stroke-width="1.5"/>`
      );
      angle = end;
    }
    const y = 90 + i * 30;
    parts.push(`<rect x="400" y="${y - 13}" width="16" height="16" fill="${color}"/>`);
    const percent = total.isZero() ? "" : `（${formatFixed(value.div(total).times(100))}%）`;
    parts.push(
      text(
        424,
        y,
        `${chart.categories[i]} ${formatFixed(value, { grouping: true })}${percent}`,
        `font-size="14"`
      )
    );
  });
  return parts.join("");
}

function bars(chart: ChartData): string {
  const left = 80;
  const right = CHART_WIDTH - 24;
  const top = 70;
  const bottom = CHART_HEIGHT - 70;
  const max = chart.series
    .flatMap((s) => s.values)
    .reduce((a, b) => Decimal.max(a, b), ZERO)
    .toNumber();
  const scaleMax = niceCeiling(max);
  const parts: string[] = [];
  for (let k = 0; k <= 4; k++) {
    const y = bottom - ((bottom - top) * k) / 4;
    parts.push(`<line x1="${left}" y1="${num(y)}" x2="${right}" y2="${num(y)}" stroke="#d9d9d9"/>`);
    parts.push(
      text(
        left - 8,
        y + 4,
        formatFixed(new Decimal((scaleMax * k) / 4)),
        `font-size="12" text-anchor="end" fill="#595959"`
      )
    );
  }
  const groupWidth = (right - left) / chart.categories.length;
  const barWidth = Math.min(48, (groupWidth * 0.7) / chart.series.length);
  chart.categories.forEach((category, i) => {
    const start = left + groupWidth * i + (groupWidth - barWidth * chart.series.length) / 2;
    chart.series.forEach((series, j) => {
      const value = series.values[i].toNumber();
      const h = scaleMax ? ((bottom - top) * Math.max(value, 0)) / scaleMax : 0;
      const x = start + barWidth * j;
      parts.push(
        `<rect x="${num(x)}" y="${num(bottom - h)}" width="${num(barWidth - 2)}" height="${num(h)}" fill="${COLORS[j % COLORS.length]}"/>`
      );
      parts.push(
        text(
          x + barWidth / 2,
          bottom - h - 4,
          formatFixed(series.values[i]),
          `font-size="11" text-anchor="middle"`
        )
      );
    });
    parts.push(
      text(
        left + groupWidth * (i + 0.5),
        bottom + 20,
        category,
        `font-size="13" text-anchor="middle"`
      )
    );
  });
  if (chart.series.length > 1) {
    chart.series.forEach((series, j) => {
      const x = left + j * 150;
      parts.push(
        `<rect x="${x}" y="${CHART_HEIGHT - 30}" width="14" height="14" fill="${COLORS[j % COLORS.length]}"/>`
      );
      parts.push(text(x + 20, CHART_HEIGHT - 18, series.name, `font-size="13"`));
    });
  }
  return parts.join("");
}

/** 1, 2 or 5 × 10ⁿ at or above `value`, for the axis. */
function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= value) ?? 10;
  return step * power;
}
