import type { Metadata } from "next";
import type { ReactNode } from "react";

import { SiteFooter } from "../components/site-footer";
import { SiteHeader } from "../components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: {
    default: "Kazakhstan Human Rights Monitor",
    template: "%s · Kazakhstan Human Rights Monitor",
  },
  description:
    "A cited public record of human rights in Kazakhstan: events since independence, Freedom House ratings 1991–2023, and the sources behind them.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <SiteHeader />
        <main id="main" className="flex-1 py-10">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
