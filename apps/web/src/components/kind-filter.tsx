import { SelectFilter } from "@kz/ui";
import { getTranslations } from "next-intl/server";

/** The filter by kind on a list of records that come in kinds (actors, sources). */
export async function KindFilter({
  section,
  options,
  value,
}: {
  /** The list's messages' namespace, with `kind` and `allKinds`. */
  section: "actors" | "sources";
  options: { value: string; label: string }[];
  value: string | undefined;
}) {
  const t = await getTranslations(section);
  return (
    <SelectFilter
      name="kind"
      label={t("kind")}
      emptyLabel={t("allKinds")}
      options={options}
      value={value}
    />
  );
}
