import { monthOf, today } from '../clock';
import { BadInputError } from '../errors';
import { formatCents, MAX_MONEY_CENTS, parseCents } from './money';

// Shape checks of single inputs (BAD_USER_INPUT). Services call them after NOT_FOUND checks.

// PostgreSQL cannot store NUL, and no other control character (C0 or C1) but tab, newline and carriage
// return belongs in text. A lone surrogate is no character at all: PostgreSQL would refuse it.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function checkText(value: string, field: string, { min = 1, max }: { min?: number; max: number }): string {
  if (CONTROL.test(value)) throw new BadInputError(`${field} must not contain control characters`);
  if (LONE_SURROGATE.test(value)) throw new BadInputError(`${field} is not valid text (a lone surrogate)`);
  const trimmed = value.trim();
  const length = [...trimmed].length; // characters, not UTF-16 units: an emoji is one
  if (length < min || length > max) {
    throw new BadInputError(`${field} must be ${min} to ${max} characters`);
  }
  return trimmed;
}

// Characters that change how the text around them shows without showing themselves: bidirectional
// controls (U+202A–U+202E, U+2066–U+2069, and the marks U+200E, U+200F, U+061C) and zero-width ones
// (U+200B–U+200D, U+2060, U+FEFF). In a name, title or code they make two different values look alike,
// or one read backwards (a tenure was stored under the name "\u202e\u200b"). Free text keeps them:
// right-to-left scripts and emoji sequences need them there.
const INVISIBLE_FORMATTING = /[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;

/** A name, title or code (what lists show and people tell rows apart by): text as checkText, without invisible formatting characters. */
export function checkLabel(value: string, field: string, limits: { min?: number; max: number }): string {
  const text = checkText(value, field, limits);
  if (INVISIBLE_FORMATTING.test(value)) {
    throw new BadInputError(`${field} must not contain invisible formatting characters (bidirectional controls or zero-width characters)`);
  }
  return text;
}

export function checkOptionalText(value: string | null | undefined, field: string, max: number): string | null {
  return value == null || value.trim() === '' ? null : checkText(value, field, { max });
}

export function checkNotFuture(date: string, field: string): void {
  if (date > today()) throw new BadInputError(`${field} (${date}) is in the future`);
}

export function checkInOrder(earlier: string, later: string, earlierField: string, laterField: string): void {
  if (later < earlier) throw new BadInputError(`${laterField} must not be before ${earlierField}`);
}

/** Codes of organisations and local systems: CQC, MONITOR, RN1, X5N, ID-001, ... */
export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,19}$/;

export function checkCode(value: string, field: string): string {
  if (!CODE_PATTERN.test(value)) throw new BadInputError(`${field} must be 2 to 20 capital letters, digits or hyphens`);
  return value;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Shaped as a month (YYYY-MM): safe to look up before the validate step refuses it, or not. */
export const isMonth = (value: string): boolean => MONTH.test(value);

/** A month as YYYY-MM, not after the current one. */
export function checkPastMonth(value: string, field: string): string {
  if (!isMonth(value)) throw new BadInputError(`${field} must be a month as YYYY-MM`);
  if (value > monthOf(today())) throw new BadInputError(`${field} (${value}) is in the future`);
  return value;
}

/**
 * Money in pounds: positive (or, `signed`, any sign: a forecast deficit), at most two decimal places,
 * at most 10,000,000 either way. Returned with two places.
 */
export function checkMoney(value: string, field: string, { signed = false } = {}): string {
  const cents = parseCents(value);
  const size = cents !== null && cents < 0n ? -cents : cents;
  if (cents === null || size! > MAX_MONEY_CENTS || (signed ? false : cents <= 0n)) {
    const kind = signed ? 'an amount of pounds (negative for a deficit)' : 'a positive amount of pounds';
    throw new BadInputError(`${field} must be ${kind} with at most two decimal places, at most 10000000.00 (got "${value}")`);
  }
  return formatCents(cents);
}
