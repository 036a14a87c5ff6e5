import { describe, expect, it } from 'vitest';
import { toApproverChoices } from './approver-choices-api';

describe('toApproverChoices', () => {
  it('sends lists per node and leaves out what was not picked', () => {
    const values = { review: { manager: ['u1', 'u2'], finance: 'u3', legal: undefined, audit: [] }, other: undefined, empty: {} };
    expect(toApproverChoices(values)).toEqual({ review: { manager: ['u1', 'u2'], finance: ['u3'] } });
  });
});
