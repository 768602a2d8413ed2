import type { CaseListItem } from "@kz/api";
import { Badge } from "@kz/ui";
import { getLocale, getTranslations } from "next-intl/server";

import { Link } from "../i18n/navigation";
import { contentLangFor } from "../i18n/routing";
import { fieldLang } from "../lib/translated";
import { LastKnown } from "./case-status";
import { Section } from "./section";

/**
 * The people a case concerns as the public may know them: a protected person by pseudonym only,
 * marked "name withheld", and those the sources do not name as a count ("+ 4 people not named").
 * `linked` links each person to their page.
 */
export async function CasePeople({
  people,
  unnamedCount,
  linked = false,
}: {
  people: CaseListItem["people"];
  unnamedCount: number;
  linked?: boolean;
}) {
  const [t, tActors, locale] = await Promise.all([
    getTranslations("cases"),
    getTranslations("actors"),
    getLocale(),
  ]);
  const contentLang = contentLangFor(locale);
  return (
    <>
      {people.map((p, i) => (
        <span key={p.slug}>
          {i > 0 ? ", " : null}
          {linked ? (
            <Link href={`/actors/${p.slug}`} lang={contentLang}>
              {p.name}
            </Link>
          ) : (
            <span lang={contentLang}>{p.name}</span>
          )}
          {p.nameWithheld ? (
            <span className="text-slate-600"> ({tActors("nameWithheld")})</span>
          ) : null}
        </span>
      ))}
      {unnamedCount ? (
        <span>
          {people.length ? " " : null}
          {people.length
            ? t("unnamedMore", { count: unnamedCount })
            : t("unnamed", { count: unnamedCount })}
        </span>
      ) : null}
    </>
  );
}

/**
 * Cases as a list: each one's title (linking to its page), the people it concerns, its kind, and
 * its last known status with that status's date and sources.
 */
export async function CaseList({
  cases,
  headingLevel = 2,
}: {
  cases: readonly CaseListItem[];
  headingLevel?: 2 | 3;
}) {
  const [t, locale] = await Promise.all([getTranslations("cases"), getLocale()]);
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="divide-y divide-slate-200 border-y border-slate-200">
      {cases.map((c) => (
        <li key={c.slug} className="py-4">
          <Heading className="font-serif text-lg leading-snug font-semibold">
            <Link href={`/cases/${c.slug}`} lang={fieldLang(locale, c, "title")}>
              {c.title}
            </Link>
          </Heading>
          <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
            <Badge>{t(`kinds.${c.kind}`)}</Badge>
            {c.people.length || c.unnamedCount ? (
              <span className="min-w-0">
                <span className="sr-only">{t("people")}: </span>
                <CasePeople people={c.people} unnamedCount={c.unnamedCount} />
              </span>
            ) : null}
          </p>
          <LastKnown lastKnown={c.lastKnown} className="mt-1.5 text-slate-800" />
        </li>
      ))}
    </ul>
  );
}

/** The cases that name a record, as a section of its page; nothing when there are none. */
export function RecordCases({
  id,
  title,
  cases,
  className = "mt-12",
}: {
  id: string;
  title: string;
  cases: readonly CaseListItem[];
  className?: string;
}) {
  if (!cases.length) return null;
  return (
    <Section id={id} title={title} className={className}>
      <div className="mt-4">
        <CaseList cases={cases} headingLevel={3} />
      </div>
    </Section>
  );
}
