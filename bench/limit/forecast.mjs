// setFinancialForecast (bench/operations/setFinancialForecast.oversight.graphql) as bare SQL in one
// transaction, doing the platform's work: check the input, lock the trust row if the caller may change
// its forecast, read it, update the row, insert the audit event with the hash of its content (the
// database chains it to its trust's chain, as for the platform), and read the answer back.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { chiefExecutivesOf, inSpecialMeasuresOf, latestPublishedOf, object, trustFacts } from './sql-parts.mjs';

// The event's content hash as the platform computes it (the bench builds dist/ before it starts).
const { contentHash } = createRequire(import.meta.url)('../../dist/src/modules/audit/audit-chain.js');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_CENTS = 1_000_000_000n;

// Who may change a trust's forecast: an oversight body the trusts of the type it oversees, a trust itself.
const LOCK = `select t.financial_forecast::text as forecast from trust t
  where t.id = $1::uuid and case $2::text
    when 'OVERSIGHT' then t.type = case $3::text when 'MONITOR' then 'FOUNDATION_TRUST' when 'TDA' then 'NHS_TRUST' end
    when 'TRUST' then t.ods_code = $3::text else false end
  for no key update`;

/** The answer: the trust `t` (from `from`, the row as written) with its derived facts. */
const answer = (from, where = 'true') => `select json_build_object('setFinancialForecast', x)::text as json
  from ${from} join local_system l on l.id = t.local_system_id left join lateral ${latestPublishedOf('t')} r on true,
    lateral (select ${inSpecialMeasuresOf('t')} as sm, ${chiefExecutivesOf('t')} as ceo) f,
    lateral (select ${trustFacts({ money: true, sm: 'f.sm', ceo: 'f.ceo' })}, ${object('l.code, l.name')} as "localSystem") x
  where ${where}`;

// $1 today, $2 trust id, $3 forecast, $4 event id, $5 at, $6 subject, $7 role, $8 organisation, $9 changes, $10 the content hash.
const WRITE = `with changed as (update trust set financial_forecast = $3::numeric where id = $2::uuid returning *),
event as (insert into audit_event (id, at, subject, role, organisation, action, entity, entity_id, trust_id, changes, content_hash)
  values ($4::uuid, $5::timestamptz, $6::text, $7::text, $8::text, 'setFinancialForecast', 'Trust', $2::uuid::text, $2::uuid, $9::jsonb, $10::text))
${answer('changed t')}`;

const READ = answer('trust t', 't.id = $2::uuid');

/** "125000.5" -> "125000.50", as the platform checks a signed amount; null when it is not one. */
function amount(value) {
  const match = typeof value === 'string' && /^(-?)(\d{1,12})(?:\.(\d{1,2}))?$/.exec(value);
  if (!match) return null;
  const cents = BigInt(match[2]) * 100n + BigInt((match[3] ?? '').padEnd(2, '0'));
  if (cents > MAX_CENTS) return null;
  return `${match[1] && cents > 0n ? '-' : ''}${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}

const failure = (code, message) => JSON.stringify({ errors: [{ message, extensions: { code } }], data: null });

/** Runs the change for `who` (role, org, subject); resolves with the response text. */
export async function setFinancialForecast(pool, today, who, variables) {
  const trustId = String(variables.trustId ?? '').toLowerCase();
  const forecast = amount(variables.forecast);
  if (!forecast) return failure('BAD_USER_INPUT', 'forecast must be an amount of pounds with at most two decimal places');
  if (!UUID.test(trustId)) return failure('NOT_FOUND', 'no such trust');
  const client = await pool.connect();
  try {
    await client.query('begin');
    const { rows: [row] } = await client.query({ name: 'forecast:lock', text: LOCK, values: [trustId, who.role, who.org] });
    if (!row) {
      const { rowCount } = await client.query('select 1 from trust where id = $1::uuid', [trustId]);
      await client.query('rollback');
      return rowCount ? failure('FORBIDDEN', 'you may not update the financialForecast of this Trust') : failure('NOT_FOUND', 'no such trust');
    }
    let result;
    if (row.forecast === forecast) { // nothing changes: no event, as the platform writes none
      result = await client.query({ name: 'forecast:read', text: READ, values: [today, trustId] });
    } else {
      const id = randomUUID();
      const at = new Date(`${today}T${new Date().toISOString().slice(11)}`); // the platform's clock on a fixed day
      const changes = { financialForecast: { from: row.forecast, to: forecast } };
      const hash = contentHash({ id, at, subject: who.subject, role: who.role, organisation: who.org, action: 'setFinancialForecast',
        entity: 'Trust', entityId: trustId, trustId, partnerTrustId: null, changes });
      result = await client.query({
        name: 'forecast:write', text: WRITE,
        values: [today, trustId, forecast, id, at.toISOString(), who.subject, who.role, who.org, JSON.stringify(changes), hash],
      });
    }
    await client.query('commit');
    return `{"data":${result.rows[0].json}}`;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
