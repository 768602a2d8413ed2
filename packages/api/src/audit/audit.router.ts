import { adminProcedure, router } from "../trpc";
import { auditListInput, auditListOutput } from "./audit.schema";
import { listAudit } from "./audit.service";

// Queries only: the audit log is append-only, and no procedure edits or deletes an entry.
export const auditRouter = router({
  list: adminProcedure
    .input(auditListInput)
    .output(auditListOutput)
    .query(({ ctx, input }) => listAudit(ctx.db, input)),
});
