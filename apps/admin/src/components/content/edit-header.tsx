import { Alert, PageHeading } from "@kz/ui";
import Link from "next/link";

import { KINDS, type Kind } from "../../lib/kinds";

/** Back to the list, the record's name, and a word after it was created. */
export function EditHeader({
  kind,
  title,
  created,
  lead,
  back,
}: {
  kind: Kind;
  title: string;
  created?: boolean;
  lead?: string;
  /** Where "back" goes, if not the kind's list. */
  back?: { href: string; label: string };
}) {
  const info = KINDS[kind];
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={back?.href ?? info.path}>← {back?.label ?? info.plural}</Link>
      </p>
      <PageHeading title={title} lead={lead} />
      {created ? (
        <div className="mb-6">
          <Alert tone="info">
            {`The ${info.label.toLowerCase()} is created as a draft: nobody outside the admin sees it until it is published.`}
          </Alert>
        </div>
      ) : null}
    </>
  );
}
