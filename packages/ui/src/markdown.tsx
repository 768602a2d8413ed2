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

export interface MarkdownProps extends Omit<ComponentProps<"div">, "children"> {
  source: string;
}

/**
 * Editor-written markdown, rendered the same on the public site and in the admin preview: GitHub
 * flavour, raw HTML dropped (never rendered, not even escaped), links limited to http(s), mailto
 * and relative URLs, external links marked `nofollow`.
 */
export function Markdown({ source, className, ...props }: MarkdownProps) {
  return (
    <div className={cn("kz-prose", className)} {...props}>
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        skipHtml
        urlTransform={(url) => safeUrl(url) ?? ""}
        components={components}
      >
        {source}
      </ReactMarkdown>
    </div>
  );
}
