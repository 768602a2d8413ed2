import { Container } from "@kz/ui";
import { getTranslations } from "next-intl/server";

import { Link } from "../i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="border-t border-slate-200 bg-slate-50 py-10 text-sm text-slate-700">
      <Container className="grid gap-8 sm:grid-cols-2">
        <div className="space-y-3">
          <p>{t("about")}</p>
          <p>
            <Link href="/data">{t("dataAndApi")}</Link>
          </p>
        </div>
        <div className="space-y-4">
          <section aria-labelledby="how-to-cite">
            <h2 id="how-to-cite" className="font-semibold text-slate-900">
              {t("howToCiteTitle")}
            </h2>
            <p className="mt-1">{t("howToCite")}</p>
          </section>
          <section aria-labelledby="licence">
            <h2 id="licence" className="font-semibold text-slate-900">
              {t("licenseTitle")}
            </h2>
            <p className="mt-1">{t("license")}</p>
          </section>
        </div>
      </Container>
    </footer>
  );
}
