import type { ComponentProps } from "react";

import { smallButton } from "./content/form-controls";

/**
 * A small button acting on one row of a table. Its visible label ("Revoke") is completed for screen
 * readers by what it acts on (`subject`), so that the buttons of different rows can be told apart.
 */
export function RowButton({
  subject,
  children,
  ...props
}: Omit<ComponentProps<"button">, "type" | "className"> & { subject: string }) {
  return (
    <button type="button" className={smallButton} {...props}>
      {children}
      <span className="sr-only"> {subject}</span>
    </button>
  );
}
