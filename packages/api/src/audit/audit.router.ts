import { adminProcedure, router } from "../trpc";
import {
  auditExportInput,
  auditExportOutput,
  auditListInput,
  auditListOutput,
} from "./audit.schema";
import { exportAudit, listAudit } from "./audit.service";

// Queries only: the audit log is append-only, and no procedure edits or deletes an entry.
export const auditRouter = router({
  list: adminProcedure
    .input(auditListInput)
    .output(auditListOutput)
    .query(({ ctx, input }) => listAudit(ctx.db, input)),
  /** The same filters, every entry (up to a cap) at once: the admin's CSV download. */
  export: adminProcedure
    .input(auditExportInput)
    .output(auditExportOutput)
    .query(({ ctx, input }) => exportAudit(ctx.db, input)),
});
