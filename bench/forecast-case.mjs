// The mutation case, setFinancialForecast as OVERSIGHT TDA: every call sets a forecast no call set
// before, so each one changes its row and writes an audit event, on one of `connections` NHS trusts in
// turn. The case leaves the database as it found it: the forecasts restored and the bench's audit
// events removed, once the platform's own verifier has found the chain (both servers' events) intact.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { requestOf } from './cases.mjs';
import { send } from './check.mjs';
import { JWT_PUBLIC_KEY } from './servers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The audit chains' names, from the platform (the bench builds dist/ before it starts).
const { FIRST_CHAIN, NO_TRUST_CHAIN } = createRequire(import.meta.url)(join(root, 'dist', 'src', 'modules', 'audit', 'audit-chain.js'));
const AUDIT_COLUMNS = 'subject, role, organisation, action, entity, entity_id, trust_id, changes';

async function query(url, text, values) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * Removes the bench's audit events, and ends each trust's chain where it ended before the bench: its
 * head is its last event left, and a chain with none left goes. The log refuses deletes (a trigger);
 * the bench, connected as the database's owner, sets triggers aside for its own events.
 */
const removeBenchEvents = (url) => query(url, `begin; set local session_replication_role = replica; delete from audit_event where subject like 'bench:%';
  delete from audit_chain c where c.chain <> '${FIRST_CHAIN}'
    and not exists (select 1 from audit_event e where coalesce(e.trust_id, '${NO_TRUST_CHAIN}') = c.chain and e.chain_position is not null);
  update audit_chain c set length = last.chain_position, head = last.hash
    from (select distinct on (coalesce(trust_id, '${NO_TRUST_CHAIN}')) coalesce(trust_id, '${NO_TRUST_CHAIN}') as chain, chain_position, hash
      from audit_event where chain_position is not null order by 1, chain_position desc) last
    where last.chain = c.chain; commit`);

let calls = 0; // across servers and runs, so no value repeats
const nextForecast = () => {
  calls += 1;
  return `${calls % 2 ? '-' : ''}${100_000 + calls}.${String(calls % 100).padStart(2, '0')}`;
};

/** The case on `db` for `count` trusts: its request, its check, and restore(). */
export async function forecastCase(db, count) {
  await removeBenchEvents(db.url); // a run stopped half way may have left some
  const trusts = await query(db.url, `select id, financial_forecast::text as forecast from trust where type = 'NHS_TRUST' order by ods_code limit $1`, [count]);
  let turn = 0;
  const request = requestOf('setFinancialForecast', 'OVERSIGHT', () => ({ trustId: trusts[turn++ % trusts.length].id, forecast: nextForecast() }));
  const restore = () => query(db.url, `update trust t set financial_forecast = o.forecast::numeric
    from jsonb_to_recordset($1::jsonb) as o(id uuid, forecast text) where t.id = o.id`, [JSON.stringify(trusts)]);

  return {
    request,
    /** Both servers make the same change to the same row (restored in between): same answer, same audit event? */
    async check(platformUrl, limitUrl) {
      const body = JSON.stringify({ ...JSON.parse(request.body), variables: { trustId: trusts[0].id, forecast: nextForecast() } });
      const events = async (label, url) => {
        const response = await send(url, { headers: request.headers, body });
        const [event] = await query(db.url, `select ${AUDIT_COLUMNS} from audit_event order by seq desc limit 1`);
        await restore();
        return { ...response, event, label };
      };
      const platform = await events('platform', platformUrl);
      const limit = await events('limit', limitUrl);
      return { platform, limit };
    },
    /** Puts the forecasts back, checks the chain with the platform's verifier, and removes the bench's events. */
    async finish() {
      await restore();
      const verified = spawnSync(process.execPath, [join(root, 'dist', 'src', 'db', 'audit-verify-cli.js')], {
        cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: db.url, NODE_ENV: 'production', JWT_PUBLIC_KEY },
      });
      const verdict = `${verified.stdout}${verified.stderr}`.trim().split('\n').at(-1);
      await removeBenchEvents(db.url);
      return { intact: verified.status === 0, verdict };
    },
  };
}
