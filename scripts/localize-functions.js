/* global module, require */
// Builds functions-zh-cn.json from the generated functions.json: custom-functions-metadata cannot
// localize, so names and descriptions come from a dictionary, and a missing entry fails the build.
// Only what Microsoft's metadata format has is written (name and description of functions and
// parameters): a result has no description there.

const BUILTIN = new Set(require("../src/functions/excel-builtin-functions.json").names);

/**
 * Why a custom function name is not allowed, or undefined (Microsoft's naming guidelines: starts with
 * a letter, at least 3 characters, letters/digits/period/underscore, not a built-in function's name).
 * @param {string} name
 * @returns {string | undefined}
 */
function nameProblem(name) {
  if (typeof name !== "string" || [...name].length < 3) return "少于 3 个字符";
  if (!/^\p{L}[\p{L}\p{N}._]*$/u.test(name)) return "须以字母开头，只含字母、数字、点和下划线";
  if (BUILTIN.has(name.toUpperCase())) return "与 Excel 内置函数同名";
  return undefined;
}

/**
 * @param {string} metadataJson generated functions.json text
 * @param {Record<string, {name: string, description: string,
 *   parameters?: Record<string, {name: string, description: string}>}>} dictionary
 * @returns {{ json: string, problems: string[] }}
 */
function localizeFunctions(metadataJson, dictionary) {
  const metadata = JSON.parse(metadataJson);
  const problems = [];
  const seen = new Set();
  for (const fn of metadata.functions) {
    const english = nameProblem(fn.name);
    if (english) problems.push(`函数 ${fn.id} 的英文名称「${fn.name}」不合规：${english}`);
    const entry = dictionary[fn.id];
    seen.add(fn.id);
    if (!entry) {
      problems.push(`函数 ${fn.id} 缺少中文名称和说明`);
      continue;
    }
    const chinese = nameProblem(entry.name || "");
    if (chinese) problems.push(`函数 ${fn.id} 的中文名称「${entry.name}」不合规：${chinese}`);
    fn.name = entry.name;
    fn.description = entry.description;
    for (const param of fn.parameters || []) {
      const translated = entry.parameters && entry.parameters[param.name];
      if (!translated) {
        problems.push(`函数 ${fn.id} 的参数 ${param.name} 缺少中文说明`);
        continue;
      }
      param.name = translated.name;
      param.description = translated.description;
    }
  }
  for (const id of Object.keys(dictionary)) {
    if (!seen.has(id)) problems.push(`词典中的 ${id} 没有对应的自定义函数`);
  }
  const names = metadata.functions.map((fn) => fn.name);
  const duplicate = names.find((name, i) => names.indexOf(name) !== i);
  if (duplicate) problems.push(`中文函数名「${duplicate}」重复`);
  return { json: JSON.stringify(metadata, null, 2), problems };
}

module.exports = { localizeFunctions, nameProblem };
