import { Card } from "@kz/ui";
import Link from "next/link";

import { api } from "../../server/caller";
import { requireUser } from "../../server/require-user";
import { LANGUAGE_LABELS } from "./labels";

/**
 * How far each language is ("ru: 38/46 events, 3 outdated"), each kind linking to what still needs
 * work. Reads its own data, so a page shows it with one line.
 */
export async function TranslationProgress() {
  const caller = await api(await requireUser());
  const progress = await caller.translation.progress();
  return (
    <section aria-labelledby="translation-progress">
      <h2 id="translation-progress" className="text-brand-900 text-lg font-semibold">
        Translations
      </h2>
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        {progress.map(({ locale, kinds }) => (
          <Card key={locale} data-testid={`translation-progress-${locale}`}>
            <h3 className="font-semibold text-slate-800">
              {LANGUAGE_LABELS[locale]} ({locale})
            </h3>
            <ul className="mt-2 space-y-1 text-sm">
              {kinds.map((k) => (
                <li key={k.entityType}>
                  <Link href={`/translations?kind=${k.entityType}&locale=${locale}`}>
                    {locale}: {k.translated}/{k.total} {k.label.toLowerCase()}
                  </Link>
                  {k.outdated ? (
                    <span className="text-amber-800">, {k.outdated} outdated</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </Card>
        ))}
      </div>
    </section>
  );
}
