export const MAX_TEXT_PATTERN_LENGTH = 500;

export type TextPatternCheck = { ok: true; regex: RegExp } | { ok: false; reason: 'too_long' | 'invalid'; detail?: string };

function compile(source: string): RegExp | string {
  let failure = '';
  for (const flags of ['u', '']) {
    try {
      return new RegExp(source, flags);
    } catch (error) {
      failure ||= error instanceof Error ? error.message : String(error);
    }
  }
  return failure;
}

/**
 * The server matches the whole value against `^(?:pattern)$`, trying the `u` flag first. The
 * pattern must also compile on its own: "a)|(b" compiles once wrapped but means something else.
 */
export function checkTextPattern(source: string): TextPatternCheck {
  if (source.length > MAX_TEXT_PATTERN_LENGTH) return { ok: false, reason: 'too_long' };
  const alone = compile(source);
  if (typeof alone === 'string') return { ok: false, reason: 'invalid', detail: alone };
  const whole = compile(`^(?:${source})$`);
  if (typeof whole === 'string') return { ok: false, reason: 'invalid', detail: whole };
  return { ok: true, regex: whole };
}

/** What a record's value would get: true when it matches, undefined when the pattern itself is broken. */
export function testTextPattern(source: string, value: string): boolean | undefined {
  const check = checkTextPattern(source);
  return check.ok ? check.regex.test(value) : undefined;
}
