/** The public page types the benchmark measures, one URL path each. */
export const ZHANAOZEN_SLUG = "2011-zhanaozen-oil-worker-strikes";

export const PUBLIC_PAGES = [
  { name: "home", path: "/" },
  { name: "events", path: "/events" },
  { name: "event", path: `/events/${ZHANAOZEN_SLUG}` },
  { name: "topic", path: "/topics/protests" },
  { name: "ratings", path: "/ratings" },
  { name: "cases", path: "/cases" },
  { name: "case", path: "/cases/vladimir-kozlov-detention" },
] as const;

export type PublicPage = (typeof PUBLIC_PAGES)[number];

/** The page's HTML, failing loudly on anything but a 200 so that a broken page is never benchmarked. */
export async function fetchHtml(url: string): Promise<string> {
  const response = await fetch(url);
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return text;
}
