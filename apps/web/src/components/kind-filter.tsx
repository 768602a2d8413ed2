import { SelectFilter } from "@kz/ui";
import { getTranslations } from "next-intl/server";

/** The filter by kind on a list of records that come in kinds (actors, sources). */
export async function KindFilter({
  section,
  kinds,
  value,
}: {
  /** The list's messages' namespace, with `kind`, `allKinds` and each kind's name in `kinds`. */
  section: "actors" | "sources";
  kinds: readonly string[];
  value: string | undefined;
}) {
  const t = await getTranslations(section);
  const options = kinds.map((k) => ({ value: k, label: t(`kinds.${k}` as never) }));
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
