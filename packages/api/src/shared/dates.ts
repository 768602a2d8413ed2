/** A calendar date as "YYYY-MM-DD". Dates are stored as Postgres `date`, which arrives as UTC midnight. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function toIsoDateOrNull(date: Date | null): string | null {
  return date ? toIsoDate(date) : null;
}

export function parseIsoDate(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

/** An instant as an ISO 8601 string in UTC. */
export function toInstantOrNull(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}
