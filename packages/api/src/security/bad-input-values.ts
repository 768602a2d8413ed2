// The values the bad-input corpus (bad-input-corpus.ts) puts into inputs and around them: one
// entry per way a value can go wrong.
const MB = 1024 * 1024;
export const ONE_MB = "x".repeat(MB);
export const DEPTH = 10_000;
export const DEEP_ARRAY = "[".repeat(DEPTH) + "]".repeat(DEPTH);
export const DEEP_OBJECT = '{"a":'.repeat(DEPTH) + "1" + "}".repeat(DEPTH);
export const SQL_INJECTION = `'; DROP TABLE "Event";--`;

/** Strings no field should choke on; each goes into every string field of every input. */
export const HOSTILE_STRINGS: Record<string, string> = {
  "SQL injection": `x' OR '1'='1${SQL_INJECTION}`,
  "LIKE and tsquery operators": "%_\\%\\_\\ !(a & b) | c:* <-> 'd'",
  "HTML and markdown injection":
    "<script>alert(1)</script><img src=x onerror=alert(1)> [x](javascript:alert(1)) ![y](http://127.0.0.1/) <!-- ``` -->",
  "unusual Unicode (RTL override, zero-width, BOM, emoji, combining marks, noncharacters)":
    "\u202Egnp.exe\u202C a\u200B\u200C\u200D\uFEFFb 👩‍👩‍👧‍👦🏳️‍🌈 Z\u0335\u0322a\u0336l\u0338g\u0335o\u0301 \uFFFE\uFFFF",
  "NUL and control characters": "a\u0000b\u0001\u0007\u001b[31m\u007f",
  "lone surrogates": "\uD800 x\uDC00y",
  "1 MB string": ONE_MB,
};

/** Values of the wrong type, tried in every field whose type they are not. */
export const WRONG_TYPES: Record<string, unknown> = {
  number: 12345,
  boolean: true,
  null: null,
  array: [],
  object: {},
  string: "not the right type",
};

/** Plain JSON numbers for numeric fields (limits, years, versions). */
export const NUMBERS: Record<string, number> = {
  "-1": -1,
  "0": 0,
  "1.5": 1.5,
  "1e9": 1e9,
  "2^31 (past a Postgres integer)": 2 ** 31,
  "2^53 + 2": 2 ** 53 + 2,
  "1e308": 1e308,
  "-1e308": -1e308,
};

/** Numbers that only superjson can carry: the value and its type annotation. */
export const SUPERJSON_NUMBERS: Record<string, [string, string]> = {
  NaN: ["NaN", "number"],
  Infinity: ["Infinity", "number"],
  "-Infinity": ["-Infinity", "number"],
  "-0": ["-0", "number"],
  "a 31-digit bigint": ["1" + "0".repeat(30), "bigint"],
};

const base64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");

/** Cursors no server issued. */
export const CURSORS: Record<string, string> = {
  empty: "",
  "not base64": "!!!",
  "padding only": "====",
  "base64 of SQL": base64url(SQL_INJECTION),
  "base64 of a NUL": base64url("\u0000"),
  "base64 of 150 characters": base64url("a".repeat(150)),
  "negative number": "-1",
  "20 digits": "99999999999999999999",
};

/** Instants superjson turns into Dates (tagged), and numbers `z.coerce.date()` accepts. */
export const DATES: Record<string, [unknown, "Date" | null]> = {
  "an invalid Date": ["not a date", "Date"],
  "the last JS Date": ["+275760-09-13T00:00:00.000Z", "Date"],
  "past the last JS Date": ["+275760-09-14T00:00:00.000Z", "Date"],
  "the first JS Date": ["-271821-04-20T00:00:00.000Z", "Date"],
  "year 1": ["0001-01-01T00:00:00.000Z", "Date"],
  "-8.64e15 as a number": [-8.64e15, null],
  "8.64e15 as a number": [8.64e15, null],
};

/** Calendar dates as strings, for `YYYY-MM-DD` fields. */
export const CALENDAR_DATES = [
  "0000-00-00",
  "2024-02-30",
  "9999-99-99",
  "-001-01-01",
  "10000-01-01",
];

/** Byte sequences that are not UTF-8: a stray continuation, an overlong form, a UTF-16 surrogate. */
export const INVALID_UTF8 = [
  0xff, 0xfe, 0xc3, 0x28, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf8, 0x88, 0x80, 0x80, 0x80,
];

/** A value that would show on every object if a key reached Object.prototype. */
export const POLLUTING = '{"polluted":"yes","role":"ADMIN"}';
