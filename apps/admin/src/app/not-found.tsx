import Link from "next/link";
import { connection } from "next/server";

/**
 * Any admin URL that matches no route. Rendered per request rather than prerendered: only then do
 * its scripts carry the response's Content-Security-Policy nonce (see src/proxy.ts).
 */
export default async function NotFound() {
  await connection();
  return (
    <main id="main" className="mx-auto max-w-xl space-y-3 px-4 py-16">
      <h1 className="text-brand-900 font-serif text-3xl font-semibold">Not found</h1>
      <p className="text-slate-700">There is nothing at this address.</p>
      <p>
        <Link href="/">Back to the dashboard</Link>
      </p>
    </main>
  );
}
