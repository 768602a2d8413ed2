// Slugs for new records: readable, ASCII, unique.

const CYRILLIC: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  ә: "a",
  ғ: "g",
  қ: "q",
  ң: "n",
  ө: "o",
  ұ: "u",
  ү: "u",
  һ: "h",
  і: "i",
};

export const MAX_SLUG_LENGTH = 100;

/**
 * Words that name something else under a collection's address, so a record with one as its slug
 * could never be reached: the REST API's other reads of a collection (`/api/v1/events/facets`,
 * `/api/v1/ratings/series`) and the site's list tools (`/events/download`). rest/reserved-slugs.test.ts
 * checks this list against the REST routes, so a new read of a collection cannot shadow a record.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  "download",
  "facets",
  "series",
  "timeline",
]);

/** "Zhanaozen: oil workers' strike (2011)" → "zhanaozen-oil-workers-strike-2011". */
export function slugify(text: string, fallback = "untitled"): string {
  const ascii = [...text.toLowerCase()]
    .map((ch) => CYRILLIC[ch] ?? ch)
    .join("")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’]/g, "");
  const slug = ascii
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, "");
  return slug || fallback;
}

/** `base`, else `base-2`, `base-3` … : the first not in `taken`. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * The slug to save: the one asked for, if no other record uses it, else one made from the title.
 * `takenStartingWith(prefix)` gives the slugs other records use (live or in pending changes).
 */
export async function resolveSlug(
  requested: string | null | undefined,
  title: string,
  fallback: string,
  takenStartingWith: (prefix: string) => Promise<string[]>,
): Promise<{ slug: string } | { error: string }> {
  if (requested) {
    if (RESERVED_SLUGS.has(requested)) {
      return {
        error: `The slug "${requested}" is reserved: it is the address of a page of the site or the API (reserved: ${[...RESERVED_SLUGS].join(", ")}). Choose another.`,
      };
    }
    const taken = await takenStartingWith(requested);
    return taken.includes(requested)
      ? { error: `Another record already uses the slug "${requested}"` }
      : { slug: requested };
  }
  const base = slugify(title, fallback);
  const taken = new Set([...(await takenStartingWith(base)), ...RESERVED_SLUGS]);
  return { slug: firstFreeSlug(base, taken) };
}
