import { jsonLdText } from "../lib/json-ld";

/**
 * Structured data for search engines, as a plain server-rendered script element. The JSON is
 * escaped so a record's text cannot end the element (see `jsonLdText`); it is data, never run.
 */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{
        __html: jsonLdText({ "@context": "https://schema.org", ...data }),
      }}
    />
  );
}
