/* global module */
// Builds functions-zh-cn.json from the generated functions.json: custom-functions-metadata cannot
// localize, so names and descriptions come from a dictionary, and a missing entry fails the build.

/**
 * @param {string} metadataJson generated functions.json text
 * @param {Record<string, {name: string, description: string, result?: string,
 *   parameters?: Record<string, {name: string, description: string}>}>} dictionary
 * @returns {{ json: string, problems: string[] }}
 */
function localizeFunctions(metadataJson, dictionary) {
  const metadata = JSON.parse(metadataJson);
  const problems = [];
  const seen = new Set();
  for (const fn of metadata.functions) {
    const entry = dictionary[fn.id];
    seen.add(fn.id);
    if (!entry) {
      problems.push(`函数 ${fn.id} 缺少中文名称和说明`);
      continue;
    }
    if (!/^[\p{L}][\p{L}\d._]*$/u.test(entry.name || ""))
      problems.push(`函数 ${fn.id} 的中文名称「${entry.name}」不合规`);
    fn.name = entry.name;
    fn.description = entry.description;
    if (fn.result && entry.result) fn.result.description = entry.result;
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

module.exports = { localizeFunctions };
