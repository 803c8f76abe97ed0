/**
 * Publishing (主动公开): the catalog (栏目), information items with their metadata and 索引号, the
 * review workflow (审核 → 保密审查 → 签发) with privacy checks, the 20-working-day rule, the portal
 * reads, import, and the yearly facts for the annual report. Import from here only.
 *
 *   const columns = await ensureCatalog(db, ctx, organisationId);            // from the template
 *   const item = await createItem(db, ctx, organisationId, { columnId, title, body, … });
 *   await submitItem(db, ctx, item.id, item.version);                         // → first step
 *   await decideItem(db, ctx, id, version, { decision: 'approve' | 'reject', opinion });
 *   await maskItem / waiveFinding (保密审查) · withdrawItem · repealItem · publishDueItems
 *   facts: publishingFactsForYear(db, organisationId, year) · listItemsBehindCell(db, orgId, year, cellId)
 */
export * from './vocabulary.ts';
export type * from './types.ts';
export { PUBLISHING_ERRORS } from './errors.ts';
export type { PublishingErrorCode } from './errors.ts';
export { PUBLISHING_EVENTS } from './events.ts';
export { canPublishing, canDecideStep, PUBLISHING_ACTIONS } from './policy.ts';
export type { PublishingAction } from './policy.ts';
export { CATALOG_TEMPLATES, STANDARD_AREAS, templateFor } from './catalog-templates.ts';
export type { CatalogTemplateName } from './catalog-templates.ts';
export { formatIndexNumber, isValidIndexPattern } from './index-number.ts';
export { sanitizeBody, bodyText } from './sanitize.ts';
export { publicationDeadline, DEADLINE_STATE_LABELS } from './deadline.ts';
export type { PublicationDeadline, DeadlineState } from './deadline.ts';
export { PRIVACY_KIND_LABELS } from './privacy-port.ts';
export type { LocatedFinding, PrivacyFinding, PrivacyKind } from './privacy-port.ts';
export { fileStore } from './file-store.ts';
export type { FileStore } from './file-store.ts';
export { itemUrl, unresolvedFindings } from './publication.ts';
export { portalStamp } from './portal-generation.ts';
export type { PortalStamp } from './portal-generation.ts';

export { ensureCatalog, createColumn, updateColumn, updatePublishingSettings } from './commands/catalog.ts';
export type { ColumnFieldsInput, SettingsInput } from './commands/catalog.ts';
export { createItem, updateItem } from './commands/items.ts';
export { HOLD_NEEDS_PUBLISH, importItems } from './commands/import-items.ts';
export type { ImportItemsInput, ItemsImportSummary } from './commands/import-items.ts';
export { ITEM_IMPORT_FIELDS } from './import/item-rows.ts';
export type { ItemFieldsInput } from './item-input.ts';
export { submitItem, decideItem, publishDueItems, withdrawItem, repealItem } from './commands/workflow.ts';
export type { DecisionInput, RepealInput } from './commands/workflow.ts';
export { maskItem, waiveFinding } from './commands/privacy.ts';
export { rebuildSearchIndex } from './commands/rebuild-search-index.ts';
export { addAttachment, removeAttachment, sniffAttachment, MAX_ATTACHMENT_BYTES } from './commands/attachments.ts';
export { saveStatistics, loadStatistics, statisticsCells } from './commands/statistics.ts';
export type { StatisticsValues } from './commands/statistics.ts';

export { listItemsForActor, listDueItems, getItemDetail, CONSOLE_PAGE_SIZE } from './queries/console.ts';
export type { ItemListEntry, ItemDetail } from './queries/console.ts';
export {
  catalogTree,
  buildCatalogTree,
  publishedCountsByColumn,
  findColumnByCode,
  listPublishedInColumn,
  findPublicItem,
  findPublicAttachment,
  latestInColumn,
  sitemapEntries,
  sitemapColumns,
  countPublishedItems,
  SITEMAP_PAGE_SIZE,
  PORTAL_PAGE_SIZE,
} from './queries/portal.ts';
export { listColumnRows as listColumns, loadSettings } from './repository.ts';
export { organisationFor as publishingOrganisationFor } from './organisation-access.ts';
export { getColumnForActor, listPublishingOrganisations } from './queries/organisations.ts';

export { publishingFactsForYear, publishingFactsForOrganisations, listItemsBehindCell } from './facts.ts';
export type { PublishingFacts, CellItem } from './facts.ts';
export { seedPublishingDemo } from './seed-demo.ts';
