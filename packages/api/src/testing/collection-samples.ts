// A valid form for each registered collection, and an edit to it, for the collection-wide suite
// (collections/lifecycle.int.test.ts). Keyed by entity type: registering a collection without a
// sample does not compile, so every collection is run through the whole lifecycle.
import type { Db } from "@kz/db";
import { makeActor, makeRatingSeries, makeSource } from "@kz/db/testing";

import type { CollectionEntityType } from "../collections";
import { eventFormInput } from "./admin-caller";

export interface CollectionSample {
  /** A create input that can be published as it is. */
  form: Record<string, unknown>;
  /** Fields to change in an update, as the edit form returns them. */
  edit: Record<string, unknown>;
}

let n = 0;
const unique = (prefix: string) => `${prefix} ${++n} ${Math.random().toString(36).slice(2, 8)}`;

export const COLLECTION_SAMPLES: Record<
  CollectionEntityType,
  (db: Db) => Promise<CollectionSample>
> = {
  async EVENT(db) {
    const source = await makeSource(db);
    return {
      form: eventFormInput({ citations: [{ sourceId: source.id, locator: "p. 4" }] }),
      edit: { title: unique("Edited event"), summary: "What happened, corrected." },
    };
  },
  async CASE(db) {
    const [source, person] = await Promise.all([makeSource(db), makeActor(db)]);
    const cited = [{ sourceId: source.id, locator: "p. 2", quote: null }];
    return {
      form: {
        title: unique("Case"),
        slug: "",
        kind: "detention",
        summary: "A journalist was arrested after covering a protest.",
        actorIds: [person.id],
        unnamedCount: 0,
        charges: "",
        articles: [],
        authority: "",
        detentionPlace: "",
        entries: [
          {
            date: "2022-01-06",
            datePrecision: "day",
            status: "arrested",
            term: "",
            note: "",
            citations: cited,
          },
        ],
        findings: [],
        eventIds: [],
        topicIds: [],
      },
      edit: { title: unique("Edited case"), charges: "Spreading false information" },
    };
  },
  async SOURCE() {
    return {
      form: {
        title: unique("Report"),
        slug: "",
        publisher: "Human Rights Watch",
        kind: "report",
        // One source per document: each sample its own address.
        url: `https://www.hrw.org/${unique("report")
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-")}`,
        publishedDate: "2012-01-01",
        accessedDate: null,
        notes: "",
      },
      edit: { title: unique("Edited report"), publisher: "Amnesty International" },
    };
  },
  async RATING(db) {
    const series = await makeRatingSeries(db);
    return {
      form: {
        seriesId: series.id,
        year: 2011,
        politicalRights: 6,
        civilLiberties: 5,
        citations: [],
      },
      edit: { politicalRights: 7, headOfState: "A head of state" },
    };
  },
  async TOPIC() {
    return {
      form: {
        name: unique("Topic"),
        slug: "",
        overview: "An overview.",
        position: 50,
        citations: [],
      },
      edit: { name: unique("Edited topic"), overview: "A longer overview." },
    };
  },
  async ACTOR() {
    return {
      form: { name: unique("Person"), slug: "", kind: "person", otherNames: [], description: "" },
      edit: { name: unique("Edited person"), otherNames: ["Another spelling"] },
    };
  },
  async PLACE() {
    return {
      form: {
        name: unique("Town"),
        slug: "",
        otherNames: [],
        region: "",
        latitude: null,
        longitude: null,
      },
      edit: { name: unique("Edited town"), latitude: 43.34, longitude: 52.86 },
    };
  },
};
