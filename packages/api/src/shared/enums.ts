/** Public outputs spell enum values in lowercase ("GOVERNMENT_BODY" → "government_body"). */
export const lower = <T extends string>(value: T): Lowercase<T> =>
  value.toLowerCase() as Lowercase<T>;
