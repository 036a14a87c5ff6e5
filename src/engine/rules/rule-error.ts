export type RuleErrorCode =
  | 'rule_too_deep'
  | 'rule_too_large'
  | 'rule_too_costly'
  | 'rule_unknown_operator'
  | 'rule_forbidden_path'
  | 'rule_invalid';

/** Every refusal of a rule, at check or evaluation time; callers map `code` to a 422 for the designer. */
export class RuleError extends Error {
  readonly code: RuleErrorCode;

  constructor(code: RuleErrorCode, message: string) {
    super(message);
    this.name = 'RuleError';
    this.code = code;
  }
}
