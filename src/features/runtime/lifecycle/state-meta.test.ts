import { describe, expect, it } from 'vitest';
import { orderView } from '../order-view.fixture';
import { actionNeedsConfirm, alternativeCreateStates, isCommittedState, lifecycleField, offeredActions, stateColor } from './state-meta';

const { entity } = orderView();
const action = (key: string) => entity.lifecycle!.actions.find((candidate) => candidate.key === key)!;

describe('lifecycle metadata for the UI', () => {
  it('finds the state field and the extra starting states', () => {
    expect(lifecycleField(entity)?.id).toBe('status');
    expect(alternativeCreateStates(entity)).toEqual(['draft']);
    expect(alternativeCreateStates({ ...entity, lifecycle: undefined })).toEqual([]);
  });

  it('asks for confirmation only for actions that leave the reserving states', () => {
    expect(isCommittedState(entity, 'paid')).toBe(true);
    expect(isCommittedState(entity, 'shipped')).toBe(true);
    expect(actionNeedsConfirm(entity, action('submit'))).toBe(false);
    expect(actionNeedsConfirm(entity, action('ship'))).toBe(false);
    expect(actionNeedsConfirm(entity, action('cancel'))).toBe(true);
  });

  it('keeps the declared order of offered actions and ignores unknown keys', () => {
    expect(offeredActions(entity, ['cancel', 'pay', 'teleport']).map((a) => a.key)).toEqual(['pay', 'cancel']);
    expect(offeredActions(entity, undefined)).toEqual([]);
  });

  it('colours states by position unless an option names a colour', () => {
    const field = lifecycleField(entity)!;
    expect(stateColor(field, 'draft')).toBe('default');
    expect(stateColor(field, 'cancelled')).toBe('red');
    expect(stateColor(field, 'nope')).toBe('default');
    expect(stateColor({ ...field, options: [{ value: 'draft', label: field.options[0].label, color: 'purple' }] }, 'draft')).toBe('purple');
  });
});
