import { inputFields, PUBLIC_API_CATALOG } from "@kz/api/docs";
import { describe, expect, it } from "vitest";

import en from "../../messages/en.json";
import kk from "../../messages/kk.json";
import ru from "../../messages/ru.json";
import { clientSetup, fieldMessageKey, procedureMessageKey } from "./api-docs";

describe("the /api page's messages", () => {
  it("name procedures as next-intl can read them", () => {
    expect(procedureMessageKey("event.list")).toBe("eventList");
    expect(procedureMessageKey("rating.seriesList")).toBe("ratingSeriesList");
    expect(procedureMessageKey("changes.since")).toBe("changesSince");
    expect(procedureMessageKey("no.suchThing")).toBeUndefined();
    expect(fieldMessageKey("limit")).toBe("limit");
    expect(fieldMessageKey("constructor")).toBeUndefined();
  });

  it.each([
    ["en", en],
    ["ru", ru],
    ["kk", kk],
  ])("describe every public procedure and input field in %s", (_, messages) => {
    for (const p of PUBLIC_API_CATALOG) {
      const key = procedureMessageKey(p.path);
      expect(key, p.path).toBeDefined();
      expect(messages.apiDocs.procedures[key!], p.path).toBeTruthy();
      for (const field of p.input ? inputFields(p.input) : []) {
        const fieldKey = fieldMessageKey(field.name);
        expect(fieldKey, `${p.path}: ${field.name}`).toBeDefined();
        expect(messages.apiDocs.fields[fieldKey!], `${p.path}: ${field.name}`).toBeTruthy();
      }
    }
  });
});

describe("clientSetup", () => {
  it("points the typed client at this site's API", () => {
    expect(clientSetup("https://example.org/")).toContain(
      'createClient({ url: "https://example.org" })',
    );
  });
});
