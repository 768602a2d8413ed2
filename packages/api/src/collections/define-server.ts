// The server part of a collection: the workflow engine's description of its records and its API.
import type { AnyTRPCRouter } from "@trpc/server";

import type { WorkflowKind } from "../workflow/engine";
import type { Collection } from "./index";

export type AnyKind = WorkflowKind<object, unknown>;

export interface ServerCollection<C extends Collection, R extends AnyTRPCRouter> {
  collection: C;
  kind: AnyKind;
  /**
   * Builds its router (public reads, and `admin` from collectionAdmin). Built when the app router
   * is (root.ts), not when this module loads: the collection-wide procedures it uses reach back to
   * the registry (publishing with linked records), and the registry imports this.
   */
  router: () => R;
}

export function serverCollection<
  C extends Collection,
  Data extends object,
  Form,
  R extends AnyTRPCRouter,
>(collection: C, kind: WorkflowKind<Data, Form>, router: () => R): ServerCollection<C, R> {
  return { collection, kind: kind as unknown as AnyKind, router };
}
