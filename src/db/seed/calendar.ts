// Calendar arithmetic for the demo data: ISO dates (YYYY-MM-DD) and months (YYYY-MM).
import { addDays, addMonths, monthOf } from '../../clock';

/** Dates relative to one snapshot of today. */
export class DemoCalendar {
  /** The last full month before today's, YYYY-MM. */
  readonly lastFullMonth: string;

  constructor(readonly today: string) {
    this.lastFullMonth = monthOf(addMonths(firstOf(monthOf(today)), -1));
  }

  monthsAgo(months: number, days = 0): string {
    return addDays(addMonths(this.today, -months), -days);
  }

  daysAgo(days: number): string {
    return addDays(this.today, -days);
  }

  /** The first day of the month `months` months ago (negative: months ahead). */
  monthStart(months: number): string {
    return firstOf(monthOf(addMonths(this.today, -months)));
  }

  /** `date`, or today if `date` is later. */
  notAfterToday(date: string): string {
    return date > this.today ? this.today : date;
  }

  /** An instant on `date`, moved back to yesterday at the latest so that it is never in the future. */
  instant(date: string, hour: number): Date {
    const latest = addDays(this.today, -1);
    return new Date(`${date > latest ? latest : date}T${String(hour).padStart(2, '0')}:00:00Z`);
  }
}

export const firstOf = (month: string) => `${month}-01`;
export const nextMonthStart = (month: string) => addMonths(firstOf(month), 1);

/** Every month from `from` to `to` inclusive, YYYY-MM. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = monthOf(nextMonthStart(month))) months.push(month);
  return months;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const monthLabel = (month: string) => `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
