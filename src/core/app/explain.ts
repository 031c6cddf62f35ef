import { headerPath } from "../rules/describe";
import { RECOGNITION_LABEL, Recognition } from "../tables/locate";
import type { ReadTable, ReadTables } from "../tables/types";
import { a1, columnName } from "../workbook/a1";

/** Where the table was read: "工作表「公开01表」A4:H30" (header and every figure found). */
function place(table: ReadTable, tables: ReadTables): string {
  const top = table.header?.top;
  if (top === undefined) return `工作表「${table.sheet}」（未找到表头）`;
  const found = table.layout.amounts.flatMap((a) => {
    const at = tables.cells.get(a.id)?.at;
    return at && at.sheet === table.sheet ? [at] : [];
  });
  const cols = [
    ...(table.columnAt ?? []).filter((c): c is number => c !== undefined),
    ...found.map((at) => at.col),
  ];
  if (cols.length === 0) return `工作表「${table.sheet}」第${top + 1}行起`;
  const bottom = Math.max(table.header?.bottom ?? top, ...found.map((at) => at.row));
  return `工作表「${table.sheet}」${a1(top, Math.min(...cols))}:${a1(bottom, Math.max(...cols))}`;
}

/** The template's caption of a leaf column, with its group when it has one ("预算数／合计"). */
function caption(table: ReadTable, index: number): string {
  return headerPath(table.layout, index).join("／");
}

function unitText(table: ReadTable): string {
  if (!table.unit) return "";
  return table.unit.printed ? `金额单位：${table.unit.unit}` : "未标明金额单位，按万元计";
}

/** One line per table: where it was found, how many of its columns and lines were mapped. */
export function readingSummary(tables: ReadTables): string[] {
  return [...tables.tables.values()].map((t) => {
    const name = `${t.layout.table.code} ${t.layout.table.title}`;
    if (!t.sheet) return `${name}：未找到`;
    const amounts = t.layout.amounts.length;
    const found = t.layout.amounts.filter((a) => tables.cells.get(a.id)?.at).length;
    return `${name}：${place(t, tables)}，读到 ${found}/${amounts} 个数；${unitText(t)}`;
  });
}

/**
 * For `check --explain`: per table where it was found and how, which columns and lines were mapped
 * to sheet columns and rows and which were not, so that a pass can be trusted.
 */
export function explainTables(tables: ReadTables): string[] {
  const lines: string[] = [];
  for (const t of tables.tables.values()) {
    const table = t.layout.table;
    lines.push(`${table.code} ${table.title}`);
    if (!t.sheet) {
      lines.push("  未找到（按表号、表名或工作表名都没有找到），涉及此表的勾稽关系未校验");
      continue;
    }
    const how = t.how ? `，按${RECOGNITION_LABEL[t.how as Recognition] ?? t.how}识别` : "";
    lines.push(`  位置：${place(t, tables)}${how}；${unitText(t)}`);
    if (t.transposed) lines.push("  版式：项目按行排列（预算数、决算数为列）");
    const mapped: string[] = [];
    const unmapped: string[] = [];
    t.layout.columns.forEach((column) => {
      if (column.spec.kind === "lineNo") return;
      const col = t.columnAt?.[column.index];
      if (col !== undefined) mapped.push(`${caption(t, column.index)} → ${columnName(col)}列`);
      else if (column.spec.kind === "code" && t.codeParts)
        mapped.push(
          `${caption(t, column.index)} → ${t.codeParts.map(columnName).join("、")}列（类、款、项）`
        );
      else if (!t.transposed) unmapped.push(caption(t, column.index));
    });
    if (mapped.length) lines.push(`  已对应的列：${mapped.join("；")}`);
    if (unmapped.length) lines.push(`  未找到的列：${unmapped.join("；")}`);
    const laid = t.layout.rows.filter(
      (r) => r.kind === "item" || r.kind === "subject" || r.kind === "total"
    );
    const rowOf = (r: (typeof laid)[number]) => t.rowAt?.[t.layout.rows.indexOf(r)];
    const found = laid.filter((r) => rowOf(r) !== undefined);
    const missing = laid.filter(
      (r) => rowOf(r) === undefined && !(r.kind === "item" && r.noAmounts)
    );
    lines.push(`  已对应的行：${found.length}/${laid.length}`);
    const label = (r: (typeof laid)[number]) =>
      `「${r.code && r.kind === "subject" ? `${r.code} ` : ""}${r.label || r.key || ""}」`;
    if (missing.length && !t.transposed) {
      const shown = missing.slice(0, 12).map(label).join("、");
      const more = missing.length > 12 ? ` 等 ${missing.length} 行` : "";
      lines.push(
        `  表中没有的行：${shown}${more}（科目行未列出按 0 计，其余行涉及的勾稽关系未校验）`
      );
    }
  }
  return lines;
}
