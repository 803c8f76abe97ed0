/**
 * Findings about extraction itself (the bytes could not be turned into text). Data, never
 * exceptions: every unreadable input ends as one `READ-UNREADABLE` error.
 *
 * Rule ids (documented here, stable):
 * - `READ-UNREADABLE` (error): the file could not be turned into text at all (empty, binary,
 *   image, encrypted, corrupt, an unsupported office format, a PDF with no text layer).
 * - `READ-ENCODING` (info): the text was not UTF-8 and was decoded as named in the message.
 */
import type { Finding } from '../../reports/model.ts';

export const READ_UNREADABLE = 'READ-UNREADABLE';
export const READ_ENCODING = 'READ-ENCODING';

export function unreadable(message: string): Finding {
  return { rule: READ_UNREADABLE, severity: 'error', at: null, message };
}

export function encodingNote(message: string): Finding {
  return { rule: READ_ENCODING, severity: 'info', at: null, message };
}
