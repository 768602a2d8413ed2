import { useForm } from "react-hook-form";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { MultiSelectField } from "./multi-select";

const OPTIONS = [
  { id: "p1", name: "Almaty" },
  { id: "p2", name: "Astana" },
];

/** A form holding `places` inside its first entry, with an error on it: the field inside it. */
function InAForm({ chosen, error }: { chosen?: string[]; error?: string }) {
  const form = useForm<{ entries: { places?: string[] }[] }>({
    defaultValues: { entries: [{ places: chosen }] },
    errors: error ? { entries: [{ places: { type: "server", message: error } }] } : undefined,
  });
  return (
    <MultiSelectField
      control={form.control}
      name="entries.0.places"
      legend="Places"
      options={OPTIONS}
    />
  );
}

describe("MultiSelectField", () => {
  it("shows the field's ids as chosen", () => {
    const html = renderToStaticMarkup(<InAForm chosen={["p2"]} />);
    expect(html).toContain('aria-label="Remove Astana"');
    expect(html).not.toContain('aria-label="Remove Almaty"');
    expect(html.match(/<input type="checkbox"[^>]*checked/g)).toHaveLength(1);
  });

  it("takes an unset field as nothing chosen, and shows the field's own message under its path", () => {
    const html = renderToStaticMarkup(<InAForm error="Choose at least one place." />);
    expect(html).toContain("None chosen.");
    expect(html).toMatch(/id="entries-0-places-error"[^>]*>Choose at least one place\./);
    expect(html).toContain('aria-invalid="true"');
  });
});
