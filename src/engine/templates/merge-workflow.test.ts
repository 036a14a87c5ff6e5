import { describe, expect, it } from 'vitest';
import { mergeWorkflow } from './merge-workflow';

const doc = (name: string, nodes = ['start', 'end']) => ({ key: 'approval', name: { 'zh-CN': name, en: name }, nodes: nodes.map((key) => ({ key })) });

describe('merging a template workflow on install', () => {
  it('publishes a workflow that is not there yet', () => {
    expect(mergeWorkflow(undefined, doc('A'), undefined)).toBe('publish');
  });

  it('leaves a workflow that already matches, whatever the key order of the stored copy', () => {
    const stored = { nodes: [{ key: 'start' }, { key: 'end' }], name: { en: 'A', 'zh-CN': 'A' }, key: 'approval' };
    expect(mergeWorkflow(doc('A'), doc('A'), stored)).toBe('unchanged');
  });

  it('follows the template where nobody changed the workflow since it was installed', () => {
    expect(mergeWorkflow(doc('A'), doc('A', ['start', 'check', 'end']), doc('A'))).toBe('publish');
  });

  it("keeps a designer's change instead of overwriting it", () => {
    expect(mergeWorkflow(doc('A'), doc('A', ['start', 'check', 'end']), doc('A', ['start', 'mine', 'end']))).toBe('kept');
  });

  it('keeps a same-named workflow that the template did not install', () => {
    expect(mergeWorkflow(undefined, doc('A'), doc('Ours'))).toBe('kept');
  });
});
