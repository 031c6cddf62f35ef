import * as React from "react";
import { Button, Caption1, Field, Input, Select, Switch } from "@fluentui/react-components";
import { fiscalYearOf } from "../../core/inputs/table";
import { UNIT_TYPES, UnitType } from "../../core/inputs/vocabulary";
import { PROFILES, yearsText } from "../../core/profiles";
import type { SettingsState } from "../hooks/useSettings";
import { settingsInWorkbook } from "../settings";
import { usePaneStyles } from "../styles";

/** 部门、年度、省份与公开表格式、单位与尾差调整: saved in the workbook, used by 模板 and 填报. */
export function SettingsTab({ settings, update, saved }: SettingsState): React.JSX.Element {
  const styles = usePaneStyles();
  const { units } = settings;
  // The year as typed: it may be incomplete ("20") while the clerk types it.
  const [yearText, setYearText] = React.useState(String(settings.year));
  const setUnit = (index: number, change: Partial<(typeof units)[number]>) =>
    update({ units: units.map((u, i) => (i === index ? { ...u, ...change } : u)) });

  return (
    <section className={styles.panel} aria-label="设置">
      <Field label="部门名称" required hint="与决算报表封面一致，如“景德镇市陶瓷产业发展局”">
        <Input
          value={settings.department}
          onChange={(_e, data) => update({ department: data.value })}
        />
      </Field>
      <Field
        label="年度"
        required
        validationMessage={
          fiscalYearOf(yearText) === undefined ? "请填写四位数的年度，如 2021" : undefined
        }
      >
        <Input
          type="number"
          min={2000}
          max={2100}
          value={yearText}
          onChange={(_e, data) => {
            setYearText(data.value);
            const year = fiscalYearOf(data.value);
            if (year !== undefined) update({ year });
          }}
        />
      </Field>
      <Field label="省份" hint="与年度一起决定公开表格式（表的张数、顺序、标题和情况说明的结构）">
        <Select value={settings.province} onChange={(_e, data) => update({ province: data.value })}>
          {[...new Set(PROFILES.map((p) => p.province))].map((province) => (
            <option key={province}>{province}</option>
          ))}
        </Select>
      </Field>
      <Field label="公开表格式">
        <Select value={settings.profile} onChange={(_e, data) => update({ profile: data.value })}>
          <option value="">按省份和年度自动选择</option>
          {PROFILES.map((p) => (
            <option key={p.id} value={p.id}>
              {`${p.name}（${p.province} ${yearsText(p)}）`}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset className={styles.panel} style={{ border: "none", margin: 0, padding: 0 }}>
        <legend>纳入决算的单位（部门本级和所属单位）</legend>
        {units.map((unit, index) => (
          <div key={index} className={styles.row}>
            <Field label={`单位${index + 1}名称`} style={{ flexGrow: 1 }}>
              <Input
                value={unit.name}
                onChange={(_e, data) => setUnit(index, { name: data.value })}
              />
            </Field>
            <Field label={`单位${index + 1}性质`}>
              <Select
                value={unit.type}
                onChange={(_e, data) => setUnit(index, { type: data.value as UnitType })}
              >
                {UNIT_TYPES.map((type) => (
                  <option key={type}>{type}</option>
                ))}
              </Select>
            </Field>
            <Button
              size="small"
              disabled={units.length <= 1}
              aria-label={`删除单位${index + 1}`}
              onClick={() => update({ units: units.filter((_u, i) => i !== index) })}
            >
              删除
            </Button>
          </div>
        ))}
        <div>
          <Button
            size="small"
            onClick={() => update({ units: [...units, { name: "", type: UNIT_TYPES[0] }] })}
          >
            添加单位
          </Button>
        </div>
      </fieldset>
      <Field hint="各项显示数相加等于合计（最大余数法），写入数值而非公式。关闭时按“基础信息”表中的“尾差调整”。">
        <Switch
          label="尾差调整"
          checked={settings.tailAdjust}
          onChange={(_e, data) => update({ tailAdjust: data.checked })}
        />
      </Field>
      <Caption1 className={styles.muted}>
        {saved === "saved"
          ? settingsInWorkbook()
            ? "设置已记入本工作簿，随工作簿一起保存。"
            : "设置已保存在本机浏览器中。"
          : saved === "pending"
            ? "正在保存设置…"
            : saved}
      </Caption1>
    </section>
  );
}
