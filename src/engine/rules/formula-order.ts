/** Formula id → the formula ids its expression reads. */
export type FormulaGraph = ReadonlyMap<string, readonly string[]>;

/**
 * Orders formulas so each comes after the formulas it reads, and lists every cycle found as a path
 * that returns to its start (a → b → a). Depth-first over at most 500 fields, so recursion is fine.
 */
export function orderFormulas(graph: FormulaGraph): { order: string[]; cycles: string[][] } {
  const order: string[] = [];
  const cycles: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];

  const visit = (id: string) => {
    const seen = state.get(id);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      cycles.push([...path.slice(path.indexOf(id)), id]);
      return;
    }
    state.set(id, 'visiting');
    path.push(id);
    for (const dependency of graph.get(id) ?? []) if (graph.has(dependency)) visit(dependency);
    path.pop();
    state.set(id, 'done');
    order.push(id);
  };
  for (const id of graph.keys()) visit(id);
  return { order, cycles };
}

export function describeCycle(cycle: readonly string[]): string {
  return `formula fields ${cycle.join(' → ')} form a cycle`;
}
