// Creates a draft event with an API token that has the `write` scope. Tokens are read on the
// admin's URL only; an editor reviews and publishes the draft there.
//
//   ADMIN_URL=http://localhost:3001 API_TOKEN=kzr_… npx tsx create-draft-event.ts "Title" 2024-03-08
import { apiErrorOf, createClient, type RouterInputs } from "@kz/client";

const token = process.env.API_TOKEN;
if (!token) {
  console.error("Set API_TOKEN to a token with the write scope (admin → API tokens).");
  process.exit(1);
}
const client = createClient({ url: process.env.ADMIN_URL ?? "http://localhost:3001", token });

const event: RouterInputs["event"]["admin"]["create"] = {
  title: process.argv[2] ?? "Example event from the API",
  // Empty: the server makes one from the title.
  slug: "",
  summary: "Created by examples/create-draft-event.ts.",
  body: "",
  startDate: process.argv[3] ?? new Date().toISOString().slice(0, 10),
  endDate: null,
  datePrecision: "day",
  topicIds: [],
  placeIds: [],
  actors: [],
  citations: [],
  changeNote: "Created through the API",
};

try {
  const created = await client.event.admin.create.mutate(event);
  console.log(`Created draft ${created.id} (version ${created.version}, ${created.status}).`);
} catch (error) {
  const info = apiErrorOf(error);
  if (!info) throw error;
  console.error(`${info.code}: ${info.message}`);
  for (const [field, messages] of Object.entries(info.fieldErrors ?? {}))
    console.error(`  ${field}: ${messages.join("; ")}`);
  process.exit(1);
}
