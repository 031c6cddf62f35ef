import { ordinal } from "../../../src/core/narrative/pieces";
import { chineseNumber } from "../../../src/core/text/chineseNumber";

// Written out by hand, as a 样张 numbers its lines and a 情况说明 its parts: 一、… 十、十一、… 二十、二十一、…
const ONE_TO_THIRTY = [
  "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
  "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
  "二十一", "二十二", "二十三", "二十四", "二十五", "二十六", "二十七", "二十八", "二十九", "三十",
]; // prettier-ignore

test("chineseNumber counts 一 to 三十", () => {
  expect(ONE_TO_THIRTY.map((_, i) => chineseNumber(i + 1))).toEqual(ONE_TO_THIRTY);
});

test("ordinal numbers from 0 with the same words (the 20th part is 二十, not 十十)", () => {
  expect(ONE_TO_THIRTY.map((_, i) => ordinal(i))).toEqual(ONE_TO_THIRTY);
});
