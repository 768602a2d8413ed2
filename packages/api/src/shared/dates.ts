/** A calendar date as "YYYY-MM-DD". Dates are stored as Postgres `date`, which arrives as UTC midnight. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function parseIsoDate(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}
