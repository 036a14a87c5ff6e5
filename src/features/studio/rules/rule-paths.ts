/**
 * Test ids and element ids carry the node's path, so "rule-field-0" is the first condition's field
 * and "rule-field-1-0" the first condition inside the second entry's group.
 */
export function pathSuffix(path: readonly number[]): string {
  return path.map((index) => `-${index}`).join('');
}

/** "2.1" for the first condition of the second entry's group: how the condition is named to people. */
export function pathNumber(path: readonly number[]): string {
  return path.map((index) => index + 1).join('.');
}

export function samePath(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((index, at) => index === b[at]);
}
