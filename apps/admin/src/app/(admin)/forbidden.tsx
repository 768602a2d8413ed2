import Link from "next/link";

// Rendered with a 403 status when a page calls requireRole() for a role the user does not have.
export default function Forbidden() {
  return (
    <div className="max-w-xl space-y-3">
      <h1 className="text-brand-900 font-serif text-3xl font-semibold">No access</h1>
      <p className="text-slate-700">
        Your role does not allow this page. If you need it, ask an administrator.
      </p>
      <p>
        <Link href="/">Back to the dashboard</Link>
      </p>
    </div>
  );
}
