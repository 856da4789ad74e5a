import { restrictedFields } from '../../auth/restricted-fields';
import type { DerivedValue } from '../../common/derived';
import { literal, Sql, sql } from '../../db/sql/sql';

/** What an event's changes hide: a restricted field's value that the reader may not read of the changed row. */
export const RESTRICTED = '[restricted]';

/**
 * An event's changes as its reader may see them: each restricted field's value replaced by
 * "[restricted]" unless the reader's ability lets it read that field of the changed row, as far as
 * the event knows the row (its id, its trust and its partner trust; anything it does not know denies).
 */
export const visibleChanges: DerivedValue = (event) => {
  const changed = {
    id: sql`${event.column('entity_id')}::uuid`, trust: event.column('trust_id'), supportedTrust: event.column('trust_id'), partnerTrust: event.column('partner_trust_id'),
  };
  const bySubject = new Map<string, string[]>();
  for (const fields of Object.values(restrictedFields())) {
    for (const [subject, names] of Object.entries(fields)) bySubject.set(subject, [...(bySubject.get(subject) ?? []), ...names!]);
  }
  const hidden = [...bySubject].map(([subject, fields]) => {
    const refused = fields.map((field) => sql`case when ${event.canRead(subject, field, changed)} then null else ${literal(field)} end`);
    return sql`when ${literal(subject)} then array_remove(array[${Sql.join(refused, ', ')}]::text[], null)`;
  });
  const changes = event.column('changes');
  const refusedOfThisRow = sql`(select case ${event.column('entity')} ${Sql.join(hidden, ' ')} else '{}'::text[] end as fields)`;
  return sql`case when ${changes} is null then null else coalesce((select jsonb_object_agg(c.key,
      case when c.key = any(h.fields) then ${literal(JSON.stringify(RESTRICTED))}::jsonb else c.value end)
    from jsonb_each(${changes}) c, ${refusedOfThisRow} h), '{}'::jsonb) end`;
};
