import type { TopicFact } from "@kz/db";

/**
 * A stored fact's own fields, as the public read and the admin's form both give them, with its
 * citations in the form each of them needs.
 */
export function factWithCitations<C>(
  f: Pick<TopicFact, "kind" | "label" | "value" | "qualifier" | "unit" | "asOf">,
  citations: C[],
) {
  return {
    kind: f.kind,
    label: f.label,
    value: f.value,
    qualifier: f.qualifier,
    unit: f.unit,
    asOf: f.asOf,
    citations,
  };
}
