/**
 * A hand-written Atom 1.0 (RFC 4287) document: small enough not to need a library, and every
 * text is plain (`type="text"`) and escaped here, so a title with `<`, `&` or `]]>` stays a title.
 */

// Characters XML 1.0 does not allow at all (C0 controls other than tab, LF and CR; U+FFFE and
// U+FFFF; surrogates not part of a pair): dropped, since they cannot even be escaped.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text or an attribute value, safe inside an element or a double-quoted attribute. */
export function escapeXml(value: string): string {
  return value
    .replace(LONE_SURROGATES, "")
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export interface AtomEntry {
  /** A permanent IRI: the record's URL. */
  id: string;
  title: string;
  url: string;
  updated: Date;
  published?: Date | null;
  summary?: string;
  categories?: readonly { term: string; label: string }[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's own address. */
  selfUrl: string;
  /** The page the feed mirrors. */
  alternateUrl: string;
  author: string;
  rights?: string;
  language?: string;
  entries: readonly AtomEntry[];
  /** When nothing is in the feed, what `<updated>` says. */
  fallbackUpdated: Date;
}

const el = (name: string, text: string, indent = "  ") =>
  `${indent}<${name}>${escapeXml(text)}</${name}>`;

export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce(
    (latest, e) => (e.updated > latest ? e.updated : latest),
    feed.entries.length ? new Date(0) : feed.fallbackUpdated,
  );
  const lang = feed.language ? ` xml:lang="${escapeXml(feed.language)}"` : "";
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom"${lang}>`,
    el("id", feed.id),
    el("title", feed.title),
    ...(feed.subtitle ? [el("subtitle", feed.subtitle)] : []),
    el("updated", updated.toISOString()),
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternateUrl)}"/>`,
    `  <author>`,
    el("name", feed.author, "    "),
    `  </author>`,
    ...(feed.rights ? [el("rights", feed.rights)] : []),
    ...feed.entries.flatMap((e) => [
      `  <entry>`,
      el("id", e.id, "    "),
      el("title", e.title, "    "),
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      el("updated", e.updated.toISOString(), "    "),
      ...(e.published ? [el("published", e.published.toISOString(), "    ")] : []),
      ...(e.summary ? [el("summary", e.summary, "    ")] : []),
      ...(e.categories ?? []).map(
        (c) => `    <category term="${escapeXml(c.term)}" label="${escapeXml(c.label)}"/>`,
      ),
      `  </entry>`,
    ]),
    `</feed>`,
  ];
  return `${lines.join("\n")}\n`;
}
