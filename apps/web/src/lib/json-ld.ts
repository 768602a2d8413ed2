/**
 * JSON for a `<script type="application/ld+json">`. `<` is escaped so no value can close the script
 * element ("</script>") or open a comment; U+2028 and U+2029 are escaped as well, for older parsers
 * that treat them as line ends. The result is still the same JSON.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** The schema.org type of each kind of actor. */
export const ACTOR_SCHEMA_TYPES = {
  person: "Person",
  organization: "Organization",
  government_body: "GovernmentOrganization",
} as const;
