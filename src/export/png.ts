import { Resvg } from "@resvg/resvg-js";

/**
 * SVG to PNG with resvg (a Rust renderer shipped as prebuilt binaries in the npm package: no network,
 * no browser). Text uses the machine's fonts: Noto CJK on Linux, 微软雅黑/宋体 on Windows.
 */
export function svgToPng(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    font: { loadSystemFonts: true, defaultFontFamily: "Noto Sans CJK SC" },
  });
  return Buffer.from(resvg.render().asPng());
}
