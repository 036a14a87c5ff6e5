import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntityView } from '@/engine/contract/api-types';
import { isFieldRequired, isFieldVisible } from '@/engine/forms/field-logic';
import { evaluateForm, type FormLogicResult } from '@/engine/forms/form-logic';
import { fieldRuleInputs } from '@/engine/forms/rule-inputs';
import { ruleValues } from '@/engine/forms/rule-values';
import { contacts, quoteLines, quoteLookup, quotes } from '@/engine/forms/test-fixtures';
import { activeFields } from '@/engine/metadata/entity';
import { defaultForm } from '@/engine/metadata/form';
import { validateRecordInput } from '@/engine/records/validate-record';
import { baseValues, scopeOf, scopeRuleData, watchedRuleData } from './form-rule-data';
import { toFormValues, toPayload, type FormValues } from './form-values';

/*
 * The form logic runs twice: in the browser on the values the inputs hold, and on the server on
 * the request body after validation. For any values a person can enter, both must agree on what
 * is hidden, what is required and what blocks saving.
 */

const view: EntityView = { entity: quotes, form: defaultForm(quotes), related: { quote_lines: quoteLines, contacts }, permissions: ['create', 'read', 'update'] };
const context = { now: new Date('2024-03-10T02:00:00Z'), currentUser: 'Wang Fang', timeZone: 'Asia/Shanghai' };

const orNull = <T,>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
/** Money and decimals as the number inputs hold them (string mode): "1200", "1200.5", "1200.50". */
const decimalText = (maxCents: number) =>
  fc.integer({ min: 0, max: maxCents }).chain((cents) =>
    fc.constantFrom(`${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`, String(cents / 100), String(Math.floor(cents / 100))),
  );
const text = fc.oneof(fc.constant(''), fc.constant(null), fc.string({ minLength: 1, maxLength: 12 }));
const date = fc.integer({ min: 0, max: 2000 }).map((days) => new Date(Date.UTC(2023, 0, 1) + days * 86_400_000).toISOString().slice(0, 10));
const line = fc.record({
  item: fc.string({ minLength: 1, maxLength: 8 }),
  qty: orNull(fc.integer({ min: 0, max: 150 })),
  unit_price: orNull(decimalText(200_000)),
  gift: fc.boolean(),
  gift_reason: text,
  line_amount: fc.constant(null),
  _display: fc.constant({}),
});

/** Edits of a new record's form, in the shapes its widgets produce. */
const edits = fc.record(
  {
    customer_type: fc.constantFrom(null, 'company', 'person'),
    company_name: text,
    amount: orNull(decimalText(3_000_000)),
    tax_id: text,
    discount: orNull(decimalText(6_000)),
    start_date: orNull(date),
    end_date: orNull(date),
    region: fc.constantFrom(null, 'east', 'north'),
    city: fc.constantFrom(null, 'shanghai', 'hangzhou', 'beijing', 'online'),
    customer: orNull(fc.uuid()),
    contact: orNull(fc.uuid()),
    owner: text,
    quote_date: orNull(date),
    channel: text,
    big_order_note: text,
    lines: fc.array(line, { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

type Outcome = { hidden: string[]; required: string[]; options: Record<string, string[]>; problems: string[] };

function outcome(result: FormLogicResult): Outcome {
  return {
    hidden: [...result.hidden].sort(),
    required: [...result.required].sort(),
    options: result.options,
    problems: result.problems.map((problem) => `${problem.path}:${problem.code}:${problem.validation ?? ''}`).sort(),
  };
}

function browserPath(values: FormValues): FormLogicResult {
  const base = baseValues(view, undefined, context);
  return evaluateForm(quotes, { ...base, ...toPayload(view, values) }, { ...context, lookup: quoteLookup });
}

function serverPath(values: FormValues): FormLogicResult {
  const validated = validateRecordInput(quotes, toPayload(view, values), { mode: 'create', lookup: quoteLookup, context });
  if (!validated.ok) throw new Error(`the server refused generated input: ${JSON.stringify(validated.errors)}`);
  const children = Object.fromEntries(Object.entries(validated.record.children).map(([table, rows]) => [table, rows.map((row) => row.values)]));
  return evaluateForm(quotes, { ...validated.record.values, ...children }, { ...context, lookup: quoteLookup });
}

/** What each input shows while typing: its own subscription (watched inputs) and its own check (whole form). */
function liveInputs(values: FormValues): { hidden: string[]; required: string[] } {
  const base = baseValues(view, undefined, context);
  const hidden: string[] = [];
  const required: string[] = [];
  const visit = (name: string, path: string) => {
    const scope = scopeOf(view, base, name)!;
    const field = activeFields(scope.entity).find((candidate) => name.endsWith(candidate.id) && `${scope.prefix}${candidate.id}` === name)!;
    const ids = fieldRuleInputs(scope.entity, field);
    const watched = ids.map((id) => {
      const [table, index] = scope.prefix.split('.');
      return scope.row ? (values[table] as FormValues[])[Number(index)][id] : values[id];
    });
    const live = ruleValues(scope.entity, watchedRuleData(view, scope, ids, watched), quoteLookup);
    const checked = ruleValues(scope.entity, scopeRuleData(view, scope, values), quoteLookup);
    expect(isFieldVisible(field, live, context)).toBe(isFieldVisible(field, checked, context));
    if (!isFieldVisible(field, live, context)) hidden.push(path);
    if (isFieldRequired(field, live, context)) required.push(path);
  };
  for (const field of activeFields(quotes)) visit(field.id, field.id);
  (values.lines as FormValues[]).forEach((_row, index) => {
    for (const field of activeFields(quoteLines)) visit(`lines.${index}.${field.id}`, `lines[${index}].${field.id}`);
  });
  return { hidden: hidden.sort(), required: required.sort() };
}

describe('form logic in the browser and on the server', () => {
  it('agrees on hidden, required, offered options and problems for any values the form can hold', () => {
    fc.assert(
      fc.property(edits, (changes) => {
        const values: FormValues = { ...toFormValues(view, undefined, context), ...changes };
        const browser = outcome(browserPath(values));
        expect(browser).toEqual(outcome(serverPath(values)));
        const live = liveInputs(values);
        expect(live.hidden).toEqual(browser.hidden);
        expect(live.required).toEqual(browser.required);
      }),
      { numRuns: 200 },
    );
  });

  it('exercises the rules: generated records hit every kind of problem', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(edits, (changes) => {
        const result = browserPath({ ...toFormValues(view, undefined, context), ...changes });
        for (const problem of result.problems) seen.add(problem.validation ?? problem.code);
      }),
      { numRuns: 300 },
    );
    expect([...seen].sort()).toEqual(['discount_limit', 'end_after_start', 'invalid_option', 'not_zero', 'qty_limit', 'required']);
  });
});
