import type { Heading, Nodes, Root } from "mdast";
import type { ComponentProps } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";

import { cn } from "./cn";

const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);

/**
 * The URL if it is relative or uses an allowed scheme, else null. Browsers drop ASCII whitespace
 * and control characters inside a scheme ("java\tscript:"), so the scheme is read after removing
 * them, as a browser would.
 */
export function safeUrl(url: string): string | null {
  const compact = [...url].filter((c) => c > " " && c !== "\u007f").join("");
  const colon = compact.indexOf(":");
  if (colon === -1) return url;
  const firstDelimiter = compact.search(/[/?#]/);
  if (firstDelimiter !== -1 && firstDelimiter < colon) return url;
  return SAFE_SCHEMES.has(compact.slice(0, colon).toLowerCase()) ? url : null;
}

function isExternal(href: string): boolean {
  return /^(https?:)?\/\//i.test(href.trim());
}

const components: Components = {
  a: ({ href, children, node: _node, ...rest }) => {
    // A link whose URL was refused keeps its text, so the reader still sees what was written.
    if (!href) return <span>{children}</span>;
    return (
      <a
        href={href}
        {...rest}
        {...(isExternal(href) ? { rel: "noopener noreferrer nofollow" } : {})}
      >
        {children}
      </a>
    );
  },
  // Remote images would tell a third party who reads the record; show their description instead.
  img: ({ alt }) => (alt ? <span>[{alt}]</span> : null),
};

function headingsIn(node: Nodes, found: Heading[] = []): Heading[] {
  if (node.type === "heading") found.push(node);
  if ("children" in node) for (const child of node.children) headingsIn(child, found);
  return found;
}

/**
 * A remark plugin: the text's shallowest heading becomes level `first`, the others keep their
 * distance from it (capped at 6). Editors write a section's headings as the source document has
 * them ("### 2019 protests" under a topic); on a page whose title is the h1 they must start at h2,
 * or the outline skips a level (WCAG 1.3.1, Lighthouse's heading-order).
 */
export function headingsFrom(first: Heading["depth"]) {
  return () => (tree: Root) => {
    const headings = headingsIn(tree);
    if (!headings.length) return;
    const shift = first - Math.min(...headings.map((h) => h.depth));
    for (const h of headings)
      h.depth = Math.min(6, Math.max(1, h.depth + shift)) as Heading["depth"];
  };
}

export interface MarkdownProps extends Omit<ComponentProps<"div">, "children"> {
  source: string;
  /** The level the text's top headings take on this page (e.g. 2 under the page's h1); as written if unset. */
  firstHeading?: Heading["depth"];
}

/**
 * Editor-written markdown, rendered the same on the public site and in the admin preview: GitHub
 * flavour, raw HTML dropped (never rendered, not even escaped), links limited to http(s), mailto
 * and relative URLs, external links marked `nofollow`.
 */
export function Markdown({ source, className, firstHeading, ...props }: MarkdownProps) {
  return (
    <div className={cn("kz-prose", className)} {...props}>
      <ReactMarkdown
        remarkPlugins={firstHeading ? [remarkGfm, headingsFrom(firstHeading)] : [remarkGfm]}
        skipHtml
        urlTransform={(url) => safeUrl(url) ?? ""}
        components={components}
      >
        {source}
      </ReactMarkdown>
    </div>
  );
}
