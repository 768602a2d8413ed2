import type { Relation } from "./define";

/** The records that the relation fields of these snapshots link to. */
export function linkedRecords(relations: Readonly<Record<string, Relation>>, snapshots: unknown[]) {
  return snapshots.flatMap((snapshot) =>
    Object.entries(relations).flatMap(([field, relation]) => {
      const list = (snapshot as Record<string, unknown> | null)?.[field];
      if (!Array.isArray(list)) return [];
      return list.map((item: unknown) => ({
        entityType: relation.to,
        id: String(relation.idKey ? (item as Record<string, unknown>)[relation.idKey] : item),
      }));
    }),
  );
}
