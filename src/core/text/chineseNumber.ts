const DIGITS = "一二三四五六七八九";

/**
 * 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 21 → 二十一 (1–99): the numbering of a 样张's lines and of the
 * 情况说明's parts and lists (“十一、其他重要事项的情况说明”, “（二十）…”).
 */
export function chineseNumber(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const ten = tens === 0 ? "" : tens === 1 ? "十" : `${DIGITS[tens - 1]}十`;
  return ten + (ones ? DIGITS[ones - 1] : "");
}
