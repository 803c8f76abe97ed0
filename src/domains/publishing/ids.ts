/** Loose id check so malformed ids end as 404 rather than a database error. */
export function isPlausibleIdLoose(id: unknown): id is string {
  return typeof id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(id);
}
