import { Markdown } from "@kz/ui/markdown";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { longMarkdown } from "../../../../../e2e/typing-latency";
import { MarkdownPreview } from "./markdown-preview";

/**
 * The rendered blocks without the boxes around them (one for the whole, one per section) and the
 * line breaks between blocks, which a browser does not show.
 */
const blocks = (html: string) => html.replace(/<\/?div[^>]*>/g, "").replace(/>\n</g, "><");

describe("MarkdownPreview", () => {
  it("renders a long text section by section exactly as the public site renders it whole", () => {
    const text = `Before any heading.\n\n${longMarkdown(5_000)}\n\n\`\`\`\n# not a heading\n\`\`\`\n| a | b |\n|---|---|\n| 1 | 2 |\n## Last`;
    const sections = renderToStaticMarkup(<MarkdownPreview source={text} />);
    expect(sections.match(/class="kz-prose"/g)!.length).toBeGreaterThan(10);
    expect(blocks(sections)).toBe(blocks(renderToStaticMarkup(<Markdown source={text} />)));
  });
});
