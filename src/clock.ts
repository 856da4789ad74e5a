// The one clock that decides "today" (Europe/London) everywhere: rules, derived facts, demo data.
// Tests and the entry points set it with setToday() (the entry points from TODAY, parsed in src/config.ts).
const LONDON = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit',
});

let fixedToday: string | null = null;

export function setToday(date: string | null): void {
  if (date !== null && !isIsoDate(date)) throw new Error(`not a date: ${date}`);
  fixedToday = date;
}

export function today(): string {
  return fixedToday ?? LONDON.format(new Date());
}

/** The current instant; on a fixed today, the current time of day on that day, so timestamps agree with today(). */
export function now(): Date {
  const instant = new Date();
  return fixedToday ? new Date(`${fixedToday}T${instant.toISOString().slice(11)}`) : instant;
}

/** The date in Europe/London of an instant. */
export function londonDateOf(instant: Date): string {
  return LONDON.format(instant);
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Adds whole months, clamped to the end of the target month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The YYYY-MM month that `date` falls in. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}
