import { z } from "zod";

import { collectionEntityType } from "../collections";
import { recordIdInput } from "../workflow/workflow.schema";

/** One browser tab with one record's edit page open. */
export const presenceTarget = z.object({
  entityType: collectionEntityType,
  id: recordIdInput,
  /** A random id the tab makes once: the same person in two tabs is two editors. */
  tab: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "A tab id is 8 to 64 letters, digits, - or _"),
});

export const presenceHeartbeatInput = presenceTarget.extend({
  /** Take the lock from whoever holds it (the page's "Take over" button). */
  takeOver: z.boolean().optional(),
});

const person = z.object({ name: z.string(), since: z.date() });

export const presenceOutput = z.object({
  /** Who holds the lock, since when; null when nobody does. */
  holder: person
    .extend({
      /** This tab holds it: its form is editable. */
      thisTab: z.boolean(),
      /** The caller holds it, maybe in another tab. */
      you: z.boolean(),
    })
    .nullable(),
  /** Who took the lock from this tab, until it takes it back. */
  takenOverBy: z.string().nullable(),
  /** Everyone else with the page open and not holding the lock, since they opened it. */
  watching: z.array(person),
});

export type PresenceTarget = z.infer<typeof presenceTarget>;
export type PresenceHeartbeatInput = z.infer<typeof presenceHeartbeatInput>;
export type PresenceOutput = z.infer<typeof presenceOutput>;
