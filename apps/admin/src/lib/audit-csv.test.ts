import { describe, expect, it } from "vitest";

import { auditCsv } from "./audit-csv";

const entry = {
  id: "a1",
  createdAt: new Date("2026-03-01T12:05:09.123Z"),
  actorId: "u1",
  actorLabel: "editor@example.org",
  action: "event.publish",
  entityType: "EVENT" as const,
  entityId: "ev1",
  entityTitle: "Strike, day 2",
  ip: "198.51.100.7",
  details: { note: "Line one\nline two" },
};

describe("auditCsv", () => {
  it("writes a header and a row per entry, naming and linking the record", () => {
    const csv = auditCsv([entry], "https://admin.example.org");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [header, ...rest] = csv.slice(1).split("\r\n");
    expect(header).toBe(
      "time (UTC),actor,action,record type,record id,record,record page,address,details",
    );
    expect(rest.join("\r\n")).toBe(
      '2026-03-01T12:05:09Z,editor@example.org,event.publish,Event,ev1,"Strike, day 2",' +
        'https://admin.example.org/events/ev1,198.51.100.7,"{""note"":""Line one\\nline two""}"\r\n',
    );
  });

  it("leaves cells empty where there is nothing, and makes formulas inert", () => {
    const csv = auditCsv(
      [
        {
          ...entry,
          actorLabel: '=HYPERLINK("http://x")',
          entityType: null,
          entityId: null,
          entityTitle: null,
          ip: null,
          details: null,
        },
      ],
      "https://admin.example.org",
    );
    const row = csv.slice(1).split("\r\n")[1];
    expect(row).toBe(`2026-03-01T12:05:09Z,"'=HYPERLINK(""http://x"")",event.publish,,,,,,`);
  });
});
