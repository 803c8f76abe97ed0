// Kept only for src/web/admin/dashboard-routes.tsx (being reworked in parallel): import
// listOrganisationsByIds from the accounts domain there, then delete this file.
export { listOrganisationsByIds } from '../domains/accounts/index.ts';
