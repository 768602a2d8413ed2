import { Notice } from "@kz/ui";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { CONTENT_LOCALE, type Locale } from "../i18n/routing";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** The whole page around a page's content: `<html lang>`, header, language notice, footer. */
export async function SiteDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = await getTranslations();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {/* No next-intl provider: client components get their words and links as props, so
            next-intl and its message parser stay on the server. */}
        <SiteHeader locale={locale} />
        {locale !== CONTENT_LOCALE ? (
          <div className="border-b border-slate-200 bg-slate-50 py-2">
            <Notice className="mx-auto w-full max-w-5xl border-0 bg-transparent px-4 sm:px-6">
              {t("contentNotice")}
            </Notice>
          </div>
        ) : null}
        <main id="main" tabIndex={-1} className="flex-1 py-10 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
