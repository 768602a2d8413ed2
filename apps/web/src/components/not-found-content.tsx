import { Container, PageHeading } from "@kz/ui";
import { getTranslations } from "next-intl/server";

import { Link } from "../i18n/navigation";

export async function NotFoundContent() {
  const t = await getTranslations("notFound");
  return (
    <Container>
      <PageHeading title={t("title")} lead={t("body")} />
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href="/">{t("home")}</Link>
        </li>
        <li>
          <Link href="/search">{t("search")}</Link>
        </li>
      </ul>
    </Container>
  );
}
