/**
 * Regex lookbehind ("(?<=" or "(?<!") in a pattern's source. Named groups "(?<name>" are not. WebKit
 * before Safari 16.4 cannot parse a lookbehind, so the task pane must not contain one.
 */
export function lookbehindsIn(pattern: string): boolean {
  // Skip escaped characters, so /\(?<=/ (a literal parenthesis) does not count.
  return /(?:^|[^\\])(?:\\\\)*\(\?<[=!]/.test(pattern);
}
