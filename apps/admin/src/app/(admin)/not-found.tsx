import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-xl space-y-3">
      <h1 className="text-brand-900 font-serif text-3xl font-semibold">Not found</h1>
      <p className="text-slate-700">There is nothing at this address. It may have been deleted.</p>
      <p>
        <Link href="/">Back to the dashboard</Link>
      </p>
    </div>
  );
}
