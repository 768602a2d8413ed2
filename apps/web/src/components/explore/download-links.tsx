import { getTranslations } from "next-intl/server";

/** "Download these results": the current filter's events as CSV or JSON (explore/download). */
export async function DownloadLinks({ href }: { href: (format: "csv" | "json") => string }) {
  const t = await getTranslations();
  return (
    <p className="mt-2 text-sm text-slate-700" data-testid="download-results">
      {t("explore.download")}{" "}
      <a href={href("csv")} download className="underline">
        CSV
      </a>{" "}
      ·{" "}
      <a href={href("json")} download className="underline">
        JSON
      </a>
    </p>
  );
}
