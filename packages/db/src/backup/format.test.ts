import { describe, expect, it } from "vitest";

import { backupFileName, encodeControl, isRowLine, parseControl, parseHeader } from "./format";

const header = {
  version: 1,
  createdAt: "2026-11-28T21:32:06.000Z",
  server: "18.4",
  database: "kz",
  migrations: ["20261128181202_init"],
};

describe("the dump format", () => {
  it("names files by UTC time, sortable and without colons", () => {
    expect(backupFileName(new Date("2026-11-28T21:32:06.789Z"))).toBe(
      "2026-11-28T21-32-06Z.kzdump.gz",
    );
  });

  it("tells rows from control lines by their first character", () => {
    expect(isRowLine('{"id":"a"}')).toBe(true);
    expect(isRowLine(encodeControl(["end", { tables: {} }]))).toBe(false);
  });

  it("reads back the header it writes", () => {
    expect(parseHeader(encodeControl(["kzdump", header]))).toEqual(header);
  });

  it("refuses what is not a header, and a format newer than it reads", () => {
    expect(() => parseHeader(undefined)).toThrow(/not a backup made by npm run db:backup/);
    expect(() => parseHeader('{"id":"a"}')).toThrow(/not a backup/);
    expect(() => parseHeader(encodeControl(["end", { tables: {} }]))).toThrow(/not a backup/);
    expect(() => parseHeader(encodeControl(["kzdump", { ...header, version: 2 }]))).toThrow(
      /format 2, newer than this code reads \(1\): update the code/,
    );
  });

  it("names the damaged line", () => {
    expect(() => parseControl("[not json", 7)).toThrow(/Line 7 .* not JSON/);
    expect(() => parseControl('["table",{"name":"Event","columns":[]}]', 9)).toThrow(
      /Line 9 .* not understood/,
    );
  });
});
