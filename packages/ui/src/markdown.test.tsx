import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { Markdown, safeUrl } from "./markdown";

const html = (source: string) => renderToStaticMarkup(<Markdown source={source} />);

/**
 * Markup that could run script or load active content. Text that merely mentions "javascript:" is
 * escaped by React and inert, so only tags and attributes are looked at.
 */
const ACTIVE_TAG = /<(script|style|svg|iframe|img|object|embed|link|meta)\b/i;
const EVENT_HANDLER = /<[^>]*\son\w+=/i;
const URL_ATTRIBUTE = /\s(?:href|src)="([^"]*)"/gi;

function expectInert(out: string) {
  expect(out).not.toMatch(ACTIVE_TAG);
  expect(out).not.toMatch(EVENT_HANDLER);
  for (const [, url] of out.matchAll(URL_ATTRIBUTE)) expect(safeUrl(url ?? "")).not.toBeNull();
}

describe("Markdown", () => {
  it("starts the text's headings at the level the page asks for, keeping their steps", () => {
    const source = "### 2011\n\ntext\n\n#### detail\n\n### 2019\n\n    ## in code, not a heading";
    const out = renderToStaticMarkup(<Markdown source={source} firstHeading={2} />);
    expect(out.match(/<h\d/g)).toEqual(["<h2", "<h3", "<h2"]);
    expect(out).toContain("## in code");
    expect(html(source).match(/<h\d/g)).toEqual(["<h3", "<h4", "<h3"]);
  });

  it("renders GitHub-flavoured markdown", () => {
    const out = html("**Bold** and ~~struck~~\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n- [x] done");
    expect(out).toContain("<strong>Bold</strong>");
    expect(out).toContain("<del>struck</del>");
    expect(out).toContain("<table>");
    expect(out).toContain('type="checkbox"');
  });

  it.each([
    ["a script element", "Hello <script>alert(1)</script> world"],
    ["an image with onerror", '<img src="x" onerror="alert(1)">'],
    ["an svg with onload", '<svg onload="alert(1)"><circle r="1"/></svg>'],
    ["a style element", "<style>body { display: none }</style>\n\ntext"],
    ["an iframe", '<iframe src="https://evil.example"></iframe>'],
    ["a javascript: link", "[x](javascript:alert(1))"],
    ["a javascript: link with mixed case and a tab", "[x](JaVa\tScRiPt:alert(1))"],
    ["a data: link", "[x](data:text/html,<script>alert(1)</script>)"],
    ["a vbscript: link", "[x](vbscript:msgbox(1))"],
    ["a javascript: autolink", "<javascript:alert(1)>"],
    ["a javascript: reference link", "[x][r]\n\n[r]: javascript:alert(1)"],
    ["an image with a javascript: source", "![alt](javascript:alert(1))"],
    ["an image with a data: source", "![alt](data:image/svg+xml,<svg onload=alert(1)>)"],
  ])("leaves %s inert", (_name, source) => {
    expectInert(html(source));
  });

  it("keeps the text of a refused link", () => {
    expect(html("[read this](javascript:alert(1))")).toBe(
      '<div class="kz-prose"><p><span>read this</span></p></div>',
    );
  });

  it("marks external links nofollow and leaves internal links alone", () => {
    expect(html("[FH](https://freedomhouse.org/report)")).toContain(
      '<a href="https://freedomhouse.org/report" rel="noopener noreferrer nofollow">FH</a>',
    );
    expect(html("[event](/events/zhanaozen)")).toContain('<a href="/events/zhanaozen">event</a>');
    expect(html("[mail](mailto:info@example.org)")).toContain('href="mailto:info@example.org"');
  });

  it("shows an image's description instead of loading it", () => {
    expect(html("![Protest in Almaty](https://example.org/a.jpg)")).toContain(
      "<span>[Protest in Almaty]</span>",
    );
  });
});

describe("safeUrl", () => {
  it("allows relative URLs and safe schemes", () => {
    for (const url of ["/a", "#fn-1", "?page=2", "a/b:c", "https://x.org", "mailto:a@b.c"])
      expect(safeUrl(url)).toBe(url);
  });

  it("refuses other schemes however they are disguised", () => {
    for (const url of ["javascript:x", " JAVASCRIPT:x", "java\nscript:x", "data:x", "file:///etc"])
      expect(safeUrl(url)).toBeNull();
  });
});
