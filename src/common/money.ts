// Exact money arithmetic: amounts travel as decimal strings and are compared as whole pence
// (BigInt), never as JavaScript floats.

export const MAX_MONEY_CENTS = 1_000_000_000n; // £10,000,000.00

/** "125000.5" -> 12500050n; null when the text is not an amount with at most two decimal places. */
export function parseCents(value: string): bigint | null {
  const match = /^(-?)(\d{1,12})(?:\.(\d{1,2}))?$/.exec(value);
  if (!match) return null;
  const cents = BigInt(match[2]) * 100n + BigInt((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -cents : cents;
}

/** An amount PostgreSQL returned (numeric as text), in pence. */
export function toCents(value: string | number): bigint {
  const cents = parseCents(String(value).replace(/(\.\d{2})0+$/, '$1'));
  if (cents === null) throw new Error(`not an amount of money: ${value}`);
  return cents;
}

/** 12500050n -> "125000.50". */
export function formatCents(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}
