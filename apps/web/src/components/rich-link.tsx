import type { ReactNode } from "react";

import { Link } from "../i18n/navigation";

/**
 * A rich message's tag as an underlined link, so the link's words stay in the translation:
 * `t.rich("downloadAll", { data: richLink("/data") })`.
 */
export function richLink(href: string) {
  return function RichLink(chunks: ReactNode) {
    return (
      <Link href={href} className="underline">
        {chunks}
      </Link>
    );
  };
}
