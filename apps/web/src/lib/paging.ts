/**
 * Every item of a cursor-paginated list: asks for page after page until `nextCursor` is null.
 * `maxPages` guards against a cursor that never ends (a bug would otherwise loop forever).
 */
export async function collectPages<T>(
  fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
  maxPages = 1000,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const result = await fetchPage(cursor);
    items.push(...result.items);
    if (result.nextCursor === null) return items;
    cursor = result.nextCursor;
  }
  throw new Error(`Gave up after ${maxPages} pages: the cursor never ended`);
}
