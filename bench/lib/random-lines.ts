/** A deterministic stream of 1–5 line orders over the given products. */
export function orderBodies(products: string[], customer: string, seed = 7) {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % n;
  };
  return () => ({
    customer,
    channel: 'api',
    lines: Array.from({ length: 1 + next(5) }, () => ({ product: products[next(products.length)], qty: 1 + next(3) })),
  });
}
