import { slugify } from "@kz/api/schemas";

export interface SlugPreview {
  /** The slug the record will have, or may have. */
  slug: string;
  /** True when it is made from the title: the server appends -2, -3 … if another record has it. */
  generated: boolean;
}

/** The slug a save will use: the one typed, or one made from the title exactly as the server makes it. */
export function slugPreview(title: string, slug: string | null | undefined, fallback: string) {
  const typed = (slug ?? "").trim();
  if (typed) return { slug: typed, generated: false } satisfies SlugPreview;
  return { slug: slugify(title.trim(), fallback), generated: true } satisfies SlugPreview;
}
