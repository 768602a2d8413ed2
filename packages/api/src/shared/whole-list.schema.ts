import { z } from "zod";

import { localeInput, onlyLocaleInput, translationField } from "../translation/locale.schema";
import { bySlugInput } from "./common.schema";

/**
 * The public schemas of a kind listed whole rather than page by page (places, topics), in any of
 * the site's languages: a list item (the slug, `item`'s fields, the published events' count, the
 * translation) and a record's page (the item and `page`'s fields).
 */
export function wholeListSchemas<Item extends z.ZodRawShape, Page extends z.ZodRawShape>(
  item: Item,
  page: Page,
) {
  const listItem = z.object({
    slug: z.string(),
    ...item,
    /** Published events linked to the record. */
    eventCount: z.number().int(),
    ...translationField,
  });
  return {
    listItem,
    /** The list's language (optional, English by default). */
    listInput: onlyLocaleInput,
    listOutput: z.array(listItem),
    bySlugInput: bySlugInput.extend(localeInput),
    detail: listItem.extend(page),
  };
}
