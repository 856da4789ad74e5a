const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An ID argument as a row id, or null when it cannot name any row (so: not found). */
export function parseId(value: string | null | undefined): string | null {
  return value != null && UUID.test(value) ? value.toLowerCase() : null;
}
