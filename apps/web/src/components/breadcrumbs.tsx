import { PageHeading } from "@kz/ui";
import { getLocale, getTranslations } from "next-intl/server";

import { Link } from "../i18n/navigation";
import { contentLangFor } from "../i18n/routing";

export interface Crumb {
  href: string;
  label: string;
}

/** Home › section › … › this page, the last one unlinked and marked as the current page. */
export async function Breadcrumbs({
  trail,
  current,
  currentLang,
}: {
  trail: readonly Crumb[];
  current: string;
  /** The language of the current page's name when it differs from the page's (record titles). */
  currentLang?: string;
}) {
  const t = await getTranslations("breadcrumb");
  const crumbs = [{ href: "/", label: t("home") }, ...trail];
  return (
    <nav aria-label={t("label")} className="mb-6 text-sm text-slate-600">
      <ol className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        {crumbs.map((crumb) => (
          <li key={crumb.href} className="flex items-baseline gap-x-2">
            <Link href={crumb.href}>{crumb.label}</Link>
            <span aria-hidden="true">›</span>
          </li>
        ))}
        <li aria-current="page" lang={currentLang} className="min-w-0 break-words text-slate-700">
          {current}
        </li>
      </ol>
    </nav>
  );
}

/** A record's breadcrumbs: home › its section › the record, named in the record's language. */
export async function RecordBreadcrumbs({ section, name }: { section: Crumb; name: string }) {
  const locale = await getLocale();
  return <Breadcrumbs trail={[section]} current={name} currentLang={contentLangFor(locale)} />;
}

/** The heading of a page one step from home (/data, /api, /ratings), under its breadcrumbs. */
export function SectionPageHeading({ title, lead }: { title: string; lead: string }) {
  return (
    <>
      <Breadcrumbs trail={[]} current={title} />
      <PageHeading title={title} lead={lead} />
    </>
  );
}
