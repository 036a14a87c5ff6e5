'use client';

import { useForm } from 'react-hook-form';
import { GROUPS_PER_SECTION, isRequiredText, SELECT_OPTIONS, WIDE_SECTIONS } from '../fixtures/wide-form';

type Values = Record<string, string | boolean>;
const grid = { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '8px 16px' } as const;
const cell = { display: 'flex', flexDirection: 'column', gap: 4 } as const;

/** The floor: plain HTML inputs registered with react-hook-form, no component library at all. */
function FieldGroup({ register, group }: { register: ReturnType<typeof useForm<Values>>['register']; group: number }) {
  return (
    <>
      <div key={`text_${group}`} style={cell}>
        <label htmlFor={`field-text_${group}`}>文本 {group}</label>
        <input id={`field-text_${group}`} maxLength={100} {...register(`text_${group}`, { required: isRequiredText(group) })} />
      </div>
      <div key={`number_${group}`} style={cell}>
        <label htmlFor={`field-number_${group}`}>数量 {group}</label>
        <input id={`field-number_${group}`} type="number" step="0.01" {...register(`number_${group}`)} />
      </div>
      <div key={`money_${group}`} style={cell}>
        <label htmlFor={`field-money_${group}`}>金额 {group}</label>
        <input id={`field-money_${group}`} inputMode="decimal" {...register(`money_${group}`)} />
      </div>
      <div key={`date_${group}`} style={cell}>
        <label htmlFor={`field-date_${group}`}>日期 {group}</label>
        <input id={`field-date_${group}`} type="date" {...register(`date_${group}`)} />
      </div>
      <div key={`select_${group}`} style={cell}>
        <label htmlFor={`field-select_${group}`}>类别 {group}</label>
        <select id={`field-select_${group}`} {...register(`select_${group}`)}>
          <option value="" />
          {SELECT_OPTIONS.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </div>
      <div key={`flag_${group}`} style={cell}>
        <label htmlFor={`field-flag_${group}`}>启用 {group}</label>
        <input id={`field-flag_${group}`} type="checkbox" {...register(`flag_${group}`)} />
      </div>
    </>
  );
}

export function HandWrittenNativeForm() {
  const { register, handleSubmit, formState } = useForm<Values>({ mode: 'onTouched' });
  return (
    <form onSubmit={handleSubmit(() => undefined)} noValidate aria-label="hand-written native form">
      {Array.from({ length: WIDE_SECTIONS }, (_, section) => (
        <fieldset key={section} style={{ marginBottom: 16 }}>
          <legend>分组 {section + 1}</legend>
          <div style={grid}>
            {Array.from({ length: GROUPS_PER_SECTION }, (_, index) => {
              const group = section * GROUPS_PER_SECTION + index + 1;
              return <FieldGroup key={`group_${group}`} register={register} group={group} />;
            })}
          </div>
        </fieldset>
      ))}
      <button type="submit" disabled={formState.isSubmitting}>
        保存
      </button>
    </form>
  );
}
