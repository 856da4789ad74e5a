import { addDays } from '../../src/clock';
import { TEST_TODAY } from './today';

// The date rules of docs/domain.md#derived-facts, written again here independently of src/, for expectations.

export const pad = (n: number) => String(n).padStart(2, '0');

/** date + months, clamped to the end of the target month. */
export function plusMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
}

/** TEST_TODAY less n days. */
export const daysAgo = (n: number) => addDays(TEST_TODAY, -n);
