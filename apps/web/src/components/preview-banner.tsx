/**
 * Marks a page rendered from an unpublished working copy. English only: it is for the editors, who
 * open previews from the admin.
 */
export function PreviewBanner() {
  return (
    <div
      role="note"
      aria-label="Preview"
      lang="en"
      className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-md border-2 border-amber-400 bg-amber-50 px-4 py-3 text-amber-950"
    >
      <p>
        <strong>Preview — not published.</strong> This is how the page will look once the changes
        are published. Only people with this preview link see it.
      </p>
      <form method="post" action="/api/preview/exit">
        <button
          type="submit"
          className="rounded-md border border-amber-500 bg-white px-3 py-1 text-sm font-medium hover:bg-amber-100"
        >
          Exit preview
        </button>
      </form>
    </div>
  );
}
