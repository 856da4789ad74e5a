// Money in the demo data: decimal strings in pounds, summed as whole pence.

/** Pounds as whole pence, so that sums never pass through a float. */
export function pence(money: string): number {
  const [pounds, fraction = '00'] = money.split('.');
  return Number(pounds) * 100 + Number(fraction.padEnd(2, '0'));
}

export const money = (p: number) => `${Math.floor(p / 100)}.${String(p % 100).padStart(2, '0')}`;
