import type { Context } from "../context";

/** What a mutating service returns: its result, and the cache tags its committed change touched. */
export interface Mutation<Result> {
  result: Result;
  tags: string[];
}

/**
 * Awaits a service's mutation and, once its transaction has committed, asks the public site to
 * revalidate the tags it touched. A mutation that throws never reaches the revalidation. A failed
 * revalidation is logged, never turned into a failed mutation: the data is saved, and the site's
 * cache expires on its own.
 */
export async function committed<Result>(
  ctx: Pick<Context, "revalidate">,
  mutation: Promise<Mutation<Result>>,
): Promise<Result> {
  const { result, tags } = await mutation;
  if (tags.length && ctx.revalidate) {
    try {
      await ctx.revalidate(tags);
    } catch (error) {
      console.error(`Revalidating ${tags.join(", ")} failed:`, error);
    }
  }
  return result;
}
