import { describe, expect, it } from "vitest";

import { changesSinceInput } from "../changes/changes.schema";
import { toJsonSchema } from "../docs/json-schema";
import { eventListInput } from "../event/event.schema";
import { inputFromQuery, QueryError } from "./query";

const events = toJsonSchema(eventListInput, "input");
const changes = toJsonSchema(changesSinceInput, "input");
const q = (s: string) => new URLSearchParams(s);

describe("inputFromQuery", () => {
  it("coerces numbers, keeps strings, reads an empty nullable value as null", () => {
    expect(inputFromQuery(q("topic=protests&year=2019&limit=50&cursor="), events)).toEqual({
      topic: "protests",
      year: 2019,
      limit: 50,
      cursor: null,
    });
  });

  it("leaves a value that is not a number for the schema to refuse", () => {
    expect(inputFromQuery(q("year=abc"), events)).toEqual({ year: "abc" });
  });

  it("reads lists from repeated keys and commas", () => {
    expect(inputFromQuery(q("types=event&types=topic,place"), changes)).toEqual({
      types: ["event", "topic", "place"],
    });
  });

  it("keeps the cursor of changes as text (digits that must not become a number)", () => {
    expect(inputFromQuery(q("cursor=12345678901234567"), changes)).toEqual({
      cursor: "12345678901234567",
    });
  });

  it("refuses unknown parameters, naming those it takes", () => {
    expect(() => inputFromQuery(q("limt=5"), events)).toThrow(
      /Unknown query parameter "limt": this endpoint takes q, topic, .*limit, cursor/,
    );
    expect(() => inputFromQuery(q("slug=a"), toJsonSchema(eventListInput, "input"), {})).toThrow(
      QueryError,
    );
  });

  it("refuses a parameter given twice where it takes one value", () => {
    expect(() => inputFromQuery(q("limit=1&limit=2"), events)).toThrow(/more than once/);
  });

  it("fills the path parameter, which the query may not repeat", () => {
    const bySlug = { type: "object", properties: { slug: { type: "string" } } };
    expect(inputFromQuery(q(""), bySlug, { slug: "a" })).toEqual({ slug: "a" });
    expect(() => inputFromQuery(q("slug=b"), bySlug, { slug: "a" })).toThrow(QueryError);
  });

  it("gives no input to a procedure that takes none, and refuses parameters there", () => {
    expect(inputFromQuery(q(""), null)).toBeUndefined();
    expect(() => inputFromQuery(q("a=1"), null)).toThrow(/takes none/);
  });
});
