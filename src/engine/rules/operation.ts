/** What an operator sees besides its evaluated arguments. */
export type EvaluationContext = {
  /** The instant `today` reads; fixed per evaluation so one rule sees one date. */
  now: Date;
  /** Decimal-exact arithmetic for numeric formulas. */
  exact?: boolean;
  /** Spends evaluation budget; throws RuleError('rule_too_costly') when it runs out. */
  charge(units: number): void;
};

/** An operator that receives its arguments already evaluated, as json-logic's plain operations do. */
export type Operation = (args: unknown[], data: unknown, context: EvaluationContext) => unknown;
