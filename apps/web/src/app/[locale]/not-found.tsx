import { NotFoundContent } from "../../components/not-found-content";

/**
 * For `notFound()` in a page, e.g. an unknown or unpublished slug: the response is a 404 with
 * `noindex`. Next 16 draws this boundary in the browser, not in the server HTML
 * (vercel/next.js#62228); URLs that match no route get the server-rendered `app/not-found.tsx`.
 */
export default function NotFound() {
  return <NotFoundContent />;
}
