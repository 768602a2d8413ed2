import { describe, expect, it } from "vitest";
import { createTranslator, IntlErrorCode } from "next-intl";

import en from "../../messages/en.json";
import kk from "../../messages/kk.json";
import ru from "../../messages/ru.json";

/** Every key path with its placeholders (`{name}` and ICU arguments), and array lengths. */
function shape(value: unknown, path = ""): Record<string, string> {
  if (Array.isArray(value)) return { [path]: `array(${value.length})` };
  if (value && typeof value === "object")
    return Object.assign(
      {},
      ...Object.entries(value).map(([k, v]) => shape(v, path ? `${path}.${k}` : k)),
    );
  const names = [...String(value).matchAll(/\{(\w+)/g)].map((m) => m[1]);
  return { [path]: [...new Set(names)].sort().join(",") };
}

describe("messages", () => {
  it.each([
    ["ru", ru],
    ["kk", kk],
  ])("%s has every English key, with the same placeholders", (_locale, messages) => {
    expect(shape(messages)).toEqual(shape(en));
  });

  it.each([
    ["ru", ru],
    ["kk", kk],
  ])("%s is actually translated", (_locale, messages) => {
    const get = (m: unknown, key: string) =>
      key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], m);
    // Words outside placeholders; "API" and bare patterns ("{start} – {end}") may stay as they are.
    const words = (v: unknown) =>
      typeof v === "string" && /[a-z]{3}/.test(v.replace(/\{[^}]*\}/g, ""));
    const untranslated = Object.keys(shape(en)).filter(
      (key) => words(get(en, key)) && get(messages, key) === get(en, key),
    );
    expect(untranslated).toEqual([]);
  });
});

describe("message syntax", () => {
  /** Every leaf key path of a messages object. */
  const leaves = (value: unknown, path = ""): string[] =>
    value && typeof value === "object" && !Array.isArray(value)
      ? Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k))
      : [path];

  it.each([
    ["en", en],
    ["ru", ru],
    ["kk", kk],
  ] as const)(
    "every %s message parses as ICU (an apostrophe before a tag or brace is a quote)",
    (locale, messages) => {
      const invalid: string[] = [];
      const t = createTranslator({
        locale,
        messages,
        // Missing argument values are expected here; only a message that does not parse is a defect.
        onError: (error) => {
          if (error.code === IntlErrorCode.INVALID_MESSAGE) invalid.push(error.message);
        },
      });
      for (const key of leaves(messages)) {
        // Arrays are read whole by the pages, not formatted; every other leaf is one message.
        if (!Array.isArray(get(messages, key))) t.markup(key as never, {} as never);
      }
      expect(invalid).toEqual([]);
    },
  );
});

function get(messages: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages);
}
