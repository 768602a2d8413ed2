import type { CitationOutput } from "@kz/api";
import { Footnotes, safeUrl } from "@kz/ui";
import { getLocale, getTranslations } from "next-intl/server";

import { Link } from "../i18n/navigation";
import { contentLangFor } from "../i18n/routing";

/**
 * A record's numbered citations: each names whose words it reports, if anyone's ("according to
 * eyewitnesses, reported in …"), its source (linking to the source's page), where in it
 * and what it says, and links to the source itself where the record has its address.
 */
export async function CitationNotes({
  citations,
  idPrefix = "cite",
  referenced = false,
  title,
}: {
  citations: readonly CitationOutput[];
  idPrefix?: string;
  /** The list's heading, where a page has more than one ("Sources" by default). */
  title?: string;
  /** Each note has a marker in the text (`FootnoteRef`) to link back up to. */
  referenced?: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const contentLang = contentLangFor(locale);
  const notes = citations.map((c, i) => {
    const url = c.source.url ? safeUrl(c.source.url) : null;
    return {
      key: `${i}-${c.source.slug}`,
      referenced,
      content: (
        <>
          {c.attributedTo ? (
            <>
              {/* The claim is theirs; the source is the document that reports it. */}
              {t.rich("footnote.attributed", {
                name: c.attributedTo,
                who: (chunks) =>
                  c.attributedActor ? (
                    <Link
                      href={`/actors/${c.attributedActor.slug}`}
                      lang={contentLang}
                      className="underline"
                    >
                      {chunks}
                    </Link>
                  ) : (
                    <span lang={contentLang}>{chunks}</span>
                  ),
              })}{" "}
            </>
          ) : null}
          <span lang={contentLang}>
            {/* Underlined: a link inside running text must not rely on colour alone. */}
            <Link href={`/sources/${c.source.slug}`} className="underline">
              {c.source.title}
            </Link>
            {`, ${c.source.publisher}`}
            {c.locator ? `, ${c.locator}` : null}.
            {c.quote ? (
              <>
                {" "}
                <q className="text-slate-600">{c.quote}</q>
              </>
            ) : null}
          </span>
          {url ? (
            <>
              {" "}
              <a
                href={url}
                rel="noopener noreferrer nofollow"
                className="whitespace-nowrap underline"
              >
                {t("footnote.original")}
                <span aria-hidden="true"> ↗</span>
              </a>
            </>
          ) : null}
        </>
      ),
    };
  });
  return (
    <Footnotes
      title={title ?? t("citations.title")}
      backLabel={t("citations.back")}
      notes={notes}
      idPrefix={idPrefix}
    />
  );
}
