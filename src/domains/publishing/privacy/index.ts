/**
 * The privacy check (保密审查 support): personal data in titles, bodies and attachments before
 * publication — 身份证号, 手机号码, 固定电话, 银行卡号, 电子邮箱 — and how each is masked.
 * Pure except scanDocument, which parses the file it is given.
 */
export { PRIVACY_KINDS, PRIVACY_KIND_LABELS } from './types.ts';
export type { PrivacyFinding, PrivacyKind } from './types.ts';
export { scanText, maskText, maskFinding, foldWidth } from './scan-text.ts';
export { scanHtml, maskHtml, htmlVisibleText } from './scan-html.ts';
export { scanDocument, UnreadableDocument } from './scan-document.ts';
export { isValidIdNumber, passesLuhn, idCheckCharacter } from './checksums.ts';
