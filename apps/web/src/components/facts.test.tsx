import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { FactsBox } from "./facts";

describe("FactsBox", () => {
  it("boxes the details under a heading that names the box, placed by the caller, empty ones left out", () => {
    const html = renderToStaticMarkup(
      <FactsBox
        id="case-about"
        title="About this case"
        className="h-fit lg:order-2"
        items={[
          { label: "Kind", value: "Detention" },
          { label: "Charges", value: null },
        ]}
      />,
    );
    expect(html).toMatch(
      /^<section aria-labelledby="case-about" class="rounded-lg border [^"]*p-5 h-fit lg:order-2">/,
    );
    expect(html).toContain('<h2 id="case-about"');
    expect(html).toContain("<dt");
    expect(html).toContain("Detention");
    expect(html).not.toContain("Charges");
  });
});
