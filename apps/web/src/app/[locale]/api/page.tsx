import {
  clientCall,
  curlCommand,
  inputFields,
  PUBLIC_API_CATALOG,
  toJsonSchema,
  trpcUrl,
  typeExpression,
} from "@kz/api/docs";
import { OPENAPI_PATH, REST_BASE, REST_ROUTES } from "@kz/api/rest";
import { cn, Container } from "@kz/ui";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import type { ReactNode } from "react";

import { SectionPageHeading } from "../../../components/breadcrumbs";
import { CopyButton } from "../../../components/copy-button";
import { Section } from "../../../components/section";
import { env } from "../../../env";
import { clientSetup, fieldMessageKey, procedureMessageKey } from "../../../lib/api-docs";
import { sectionMetadata } from "../../../server/localised-metadata";
import { readPageLocale } from "../../../server/page-locale";

const anchor = (path: string) => path.replace(".", "-");

/** The REST path of a procedure, if it is served over REST: `/api/v1/events/{slug}`. */
const restPathOf = (procedure: string) => {
  const route = REST_ROUTES.find((r) => r.procedure === procedure);
  return route ? `${REST_BASE}${route.path}` : null;
};

export const generateMetadata = sectionMetadata("apiDocs", "lead", "/api");

function Code({ children, label, wrap }: { children: string; label: string; wrap?: boolean }) {
  return (
    // Focusable so that keyboard users can scroll a long line; named for screen readers. A
    // one-line command wraps anywhere instead (copying it still gives one line).
    <pre
      tabIndex={0}
      role="group"
      aria-label={label}
      className={cn(
        "mt-2 overflow-x-auto rounded-md bg-slate-900 p-4 text-sm leading-relaxed text-slate-100",
        wrap && "break-all whitespace-pre-wrap",
      )}
    >
      <code>{children}</code>
    </pre>
  );
}

/**
 * The public API's reference: every reader procedure with its input fields (derived from the
 * API's zod schemas), its output type, and examples that run against this site as deployed.
 */
export default async function ApiPage({ params }: PageProps<"/[locale]/api">) {
  await readPageLocale(params);
  // The examples use PUBLIC_SITE_URL, which is known when the server starts, not at build time.
  await connection();
  const t = await getTranslations("apiDocs");
  const site = env.PUBLIC_SITE_URL;
  const endpoint = trpcUrl(site, "<procedure>");
  const fieldKey = (name: string) => {
    const key = fieldMessageKey(name);
    return key ? t(`fields.${key}`) : "–";
  };
  const code = (chunks: ReactNode) => (
    <code className="rounded bg-slate-100 px-1 wrap-anywhere">{chunks}</code>
  );

  return (
    <Container>
      <SectionPageHeading title={t("title")} lead={t("lead")} />

      <Section id="basics" title={t("basicsTitle")}>
        <ul className="mt-3 list-disc space-y-2 pl-5 text-slate-700">
          <li>{t.rich("basicsEndpoint", { code, endpoint })}</li>
          <li>{t.rich("basicsEnvelope", { code, envelope: '{"json": …}' })}</li>
          <li>{t.rich("basicsAnswer", { code, answer: '{"result": {"data": {"json": …}}}' })}</li>
          <li>{t.rich("basicsPages", { code })}</li>
          <li>{t.rich("basicsErrors", { code })}</li>
          <li>{t("basicsStrict")}</li>
          <li>{t("basicsContent")}</li>
        </ul>
      </Section>

      <Section id="rest" title={t("restTitle")} className="mt-10">
        <ul className="mt-3 list-disc space-y-2 pl-5 text-slate-700">
          <li>
            {t.rich("restText", {
              code,
              example: `${site}${REST_BASE}/events?topic=protests&limit=5`,
            })}
          </li>
          <li>
            {t.rich("restOpenapi", {
              url: `${site}${OPENAPI_PATH}`,
              link: (chunks) => (
                <a href={OPENAPI_PATH} className="underline">
                  {chunks}
                </a>
              ),
            })}
          </li>
          <li>
            {t.rich("restHttp", {
              code,
              error: '{"error": {"code", "message", "fieldErrors"}}',
            })}
          </li>
        </ul>
      </Section>

      <Section id="client" title={t("clientTitle")} className="mt-10">
        <p className="mt-2 text-slate-700">{t("clientText")}</p>
        <Code label={t("clientTitle")}>{clientSetup(site)}</Code>
      </Section>

      <Section id="procedures" title={t("proceduresTitle")} as="nav" className="mt-10">
        <ul className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-3">
          {PUBLIC_API_CATALOG.map((p) => (
            <li key={p.path}>
              <a href={`#${anchor(p.path)}`}>
                <code>{p.path}</code>
              </a>
            </li>
          ))}
        </ul>
      </Section>

      {PUBLIC_API_CATALOG.map((p) => {
        const fields = p.input ? inputFields(p.input) : [];
        const headingId = anchor(p.path);
        const messageKey = procedureMessageKey(p.path);
        const curl = curlCommand(p, { publicUrl: site });
        const restPath = restPathOf(p.path);
        return (
          <section
            key={p.path}
            aria-labelledby={headingId}
            className="mt-10 border-t border-slate-200 pt-8"
          >
            <h2 id={headingId} className="text-brand-900 font-mono text-xl font-semibold">
              {p.path}
            </h2>
            <p className="mt-2 text-slate-700">
              {messageKey ? t(`procedures.${messageKey}`) : p.summary}
            </p>
            {restPath && (
              <p className="mt-2 text-slate-700">
                {t("restPath")} <code className="rounded bg-slate-100 px-1">GET {restPath}</code>
              </p>
            )}

            <h3 className="mt-5 font-semibold text-slate-900">{t("inputTitle")}</h3>
            {fields.length ? (
              <div className="mt-2 overflow-x-auto">
                <table className="kz-table">
                  <caption className="sr-only">{t("inputCaption", { procedure: p.path })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("field")}</th>
                      <th scope="col">{t("type")}</th>
                      <th scope="col">{t("required")}</th>
                      <th scope="col">{t("default")}</th>
                      <th scope="col">{t("limits")}</th>
                      <th scope="col">{t("description")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {fields.map((f) => (
                      <tr key={f.name}>
                        <th scope="row">
                          <code>{f.name}</code>
                        </th>
                        <td>
                          <code>{f.type}</code>
                        </td>
                        <td>{f.required ? t("yes") : t("no")}</td>
                        <td>{f.defaultValue ? <code>{f.defaultValue}</code> : "–"}</td>
                        <td>
                          {f.constraints.length
                            ? f.constraints.map((c) => (
                                <code key={c} className="mr-2 inline-block">
                                  {c}
                                </code>
                              ))
                            : "–"}
                        </td>
                        <td>{fieldKey(f.name)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p className="mt-1 text-slate-700">{t("noInput")}</p>
            )}

            {p.output && (
              <details className="mt-4">
                <summary className="cursor-pointer font-semibold text-slate-900">
                  {t("outputTitle")}
                </summary>
                <Code label={t("outputLabel", { procedure: p.path })}>
                  {typeExpression(toJsonSchema(p.output, "output"))}
                </Code>
              </details>
            )}

            <h3 className="mt-5 font-semibold text-slate-900">{t("curlTitle")}</h3>
            <Code label={t("curlLabel", { procedure: p.path })} wrap>
              {curl}
            </Code>
            <CopyButton
              text={curl}
              label={t("copyCurl")}
              copied={t("copied")}
              failed={t("copyFailed")}
            />
            <h3 className="mt-5 font-semibold text-slate-900">{t("clientCallTitle")}</h3>
            <Code label={t("clientCallLabel", { procedure: p.path })}>
              {`const result = await ${clientCall(p)};`}
            </Code>
          </section>
        );
      })}
    </Container>
  );
}
