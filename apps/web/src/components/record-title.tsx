import type { ReactNode } from "react";

/** A record's name as its page's h1, in the language the record is written in. */
export function RecordTitle({ lang, children }: { lang?: string; children: ReactNode }) {
  return (
    <h1
      lang={lang}
      className="text-brand-900 font-serif text-3xl font-semibold tracking-tight sm:text-4xl"
    >
      {children}
    </h1>
  );
}
