/**
 * Rules are written by business users and evaluated inside request transactions, so every
 * dimension of a rule and of its evaluation is bounded.
 */
export const RULE_LIMITS = {
  /** Operators and array literals on one path; an operator's own argument list is not a level. */
  maxDepth: 64,
  /** Every value in the document: operators, arrays and literals. */
  maxNodes: 5_000,
  /** UTF-8 bytes of the document serialised as JSON. */
  maxBytes: 64 * 1024,
  /** Default evaluation budget: one unit per node evaluated plus one per array element or character handled in bulk. */
  maxCost: 100_000,
} as const;
