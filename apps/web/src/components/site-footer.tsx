import { Container } from "@kz/ui";
import { getTranslations } from "next-intl/server";

import { Link } from "../i18n/navigation";

/** A short titled note, such as how to cite the site. */
function FooterNote({ id, title, text }: { id: string; title: string; text: string }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="font-semibold text-slate-900">
        {title}
      </h2>
      <p className="mt-1">{text}</p>
    </section>
  );
}

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
          <FooterNote id="how-to-cite" title={t("howToCiteTitle")} text={t("howToCite")} />
          <FooterNote id="licence" title={t("licenseTitle")} text={t("license")} />
        </div>
      </Container>
    </footer>
  );
}
