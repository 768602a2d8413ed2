import { Container, FilterBar, PageHeading, SelectFilter } from "@kz/ui";
import { getTranslations } from "next-intl/server";

import { CaseList } from "../../../components/case-list";
import { HeldFigure } from "../../../components/case-status";
import { getPathname } from "../../../i18n/navigation";
import {
  capitalise,
  CASE_KINDS,
  CASE_STATUSES,
  caseTopics,
  caseYears,
  parseCaseFilters,
} from "../../../lib/cases";
import { isFiltered } from "../../../lib/params";
import { orNotFound } from "../../../server/bad-input";
import { listReader } from "../../../server/cached";
import { readListRequest } from "../../../server/list-request";
import { sectionMetadata } from "../../../server/localised-metadata";

export const generateMetadata = sectionMetadata("cases");

export default async function CasesPage(props: PageProps<"/[locale]/cases">) {
  const { locale, filters } = await readListRequest(props, parseCaseFilters);
  const filtered = isFiltered(filters);
  // The filters offer what the whole record has: its years and the topics cases are filed under.
  const everything = listReader("case")({ locale });
  const [t, page, all] = await Promise.all([
    getTranslations(),
    filtered ? orNotFound(listReader("case")({ ...filters, locale })) : everything,
    everything,
  ]);
  const path = getPathname({ locale, href: "/cases" });
  const status = (s: (typeof CASE_STATUSES)[number]) =>
    capitalise(t(`cases.statuses.${s}`), locale);

  return (
    <Container>
      <PageHeading title={t("cases.title")} lead={t("cases.lead")} />
      <HeldFigure held={page.held} />

      <FilterBar
        action={path}
        label={t("cases.filterLabel")}
        submitLabel={t("filters.apply")}
        reset={filtered ? { href: path, label: t("filters.reset") } : undefined}
        className="mt-8"
      >
        <SelectFilter
          name="lastStatus"
          label={t("cases.lastStatus")}
          emptyLabel={t("cases.allStatuses")}
          options={CASE_STATUSES.map((s) => ({ value: s, label: status(s) }))}
          value={filters.lastStatus}
        />
        <SelectFilter
          name="kind"
          label={t("cases.kind")}
          emptyLabel={t("cases.allKinds")}
          options={CASE_KINDS.map((k) => ({ value: k, label: t(`cases.kinds.${k}`) }))}
          value={filters.kind}
        />
        <SelectFilter
          name="year"
          label={t("filters.year")}
          emptyLabel={t("filters.allYears")}
          options={caseYears(all.items).map((y) => ({ value: String(y), label: String(y) }))}
          value={filters.year?.toString()}
        />
        <SelectFilter
          name="topic"
          label={t("filters.topic")}
          emptyLabel={t("filters.allTopics")}
          options={caseTopics(all.items).map((x) => ({ value: x.slug, label: x.name }))}
          value={filters.topic}
        />
      </FilterBar>

      <p className="mt-6 mb-2 text-sm font-medium text-slate-700" id="case-count">
        {filtered
          ? t("cases.countFiltered", { count: page.items.length })
          : t("cases.count", { count: page.items.length })}
      </p>

      {page.items.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 p-6">
          <p className="font-medium text-slate-900">{t("cases.empty")}</p>
          {filtered ? <p className="mt-1 text-slate-600">{t("cases.emptyHint")}</p> : null}
        </div>
      ) : (
        <CaseList cases={page.items} />
      )}
    </Container>
  );
}
