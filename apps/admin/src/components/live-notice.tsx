import { Alert } from "@kz/ui";

export interface Notice {
  tone: "info" | "danger";
  text: string;
}

/**
 * The outcome of an action taken from a list (revoked, activated, refused …), in a live region that
 * stays on the page, so that screen readers announce each new notice.
 */
export function LiveNotice({ notice }: { notice: Notice | null }) {
  return (
    <div aria-live="polite" aria-atomic="true">
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
    </div>
  );
}
