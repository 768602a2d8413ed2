import type { ReactNode } from "react";

import "./globals.css";

// `<html lang>` depends on the language, so the document is rendered below: by `[locale]/layout.tsx`
// for pages and by `not-found.tsx` for URLs that match no route (which needs this root layout).
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
