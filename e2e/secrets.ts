// The apps' secrets in the e2e run: one per job, as in production (SECURITY.md), so a test can
// show that one cannot stand in for another.
export const E2E_SECRETS = {
  AUTH_SECRET: "e2e-only-secret-e2e-only-secret-e2e-only",
  REVALIDATE_SECRET: "e2e-only-revalidate-secret-e2e-only-revalidate",
  PREVIEW_SECRET: "e2e-only-preview-secret-e2e-only-preview-secret",
};
