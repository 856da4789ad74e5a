import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMongoAbility, subject as row } from '@casl/ability';
import { describe, expect, it } from 'vitest';
import { accessMatrixMarkdown, pointsOfView, restrictedColumns, SCOPE_TRUST, type PointOfView } from '../../src/auth/access-matrix';
import type { Action, AppAbility } from '../../src/auth/abilities';
import { Role } from '../../src/common/enums';
import { entitiesByName, type SubjectName } from '../../src/modules/entities';

// docs/access-matrix.md is written from the CASL rules; these keep the committed page equal to what
// the rules say today, and check what it says against the abilities themselves.

const committed = readFileSync(join(__dirname, '..', '..', 'docs', 'access-matrix.md'), 'utf8');
const views = pointsOfView();

/** The markdown table whose header row starts with `first`, as header → cell records. */
function table(markdown: string, first: string): Record<string, string>[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`| ${first} |`));
  expect(start, `a table starting "| ${first} |"`).toBeGreaterThanOrEqual(0);
  const cells = (line: string) => line.slice(2, -2).split(' | ');
  const header = cells(lines[start]);
  const rows: Record<string, string>[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('| ')) break;
    rows.push(Object.fromEntries(cells(line).map((cell, i) => [header[i], cell])));
  }
  return rows;
}

/** The section of the committed page about one point of view. */
const sectionOf = (title: string) => committed.split(`\n### ${title}\n`)[1].split('\n### ')[0];

const rowOf = (subject: SubjectName, trust: string) => row(subject, { id: trust, trust, supportedTrust: trust, partnerTrust: trust });

describe('docs/access-matrix.md', () => {
  it('is what `npm run docs:access` writes from the rules today (run it after changing src/auth/abilities.ts)', () => {
    expect(committed).toBe(accessMatrixMarkdown());
  });

  it('says COMMISSIONER never reads a trust\'s financialForecast, and the trust itself reads only its own', () => {
    const forecast = table(committed, 'column').find((r) => r.column === '`Trust.financialForecast`')!;
    expect(forecast.COMMISSIONER).toBe('no');
    expect(forecast.TRUST).toBe('only rows that are the trusts in its scope (its own trust)');
    const commissioner = views.find((v) => v.title === 'COMMISSIONER')!.ability;
    expect(commissioner.can('read', rowOf('Trust', SCOPE_TRUST), 'financialForecast')).toBe(false);
    expect(commissioner.can('read', rowOf('Trust', SCOPE_TRUST), 'name')).toBe(true);
  });

  it('says of every restricted column what each ability does on a row in its scope and one outside', () => {
    const columns = table(committed, 'column');
    for (const { subject, field } of restrictedColumns()) {
      const line = columns.find((r) => r.column === `\`${subject}.${field}\``)!;
      for (const view of views) {
        const inScope = view.ability.can('read', rowOf(subject, SCOPE_TRUST), field);
        const outside = view.ability.can('read', rowOf(subject, 'a trust outside its scope'), field);
        const expected = outside ? 'every row' : inScope ? 'only' : 'no';
        expect(line[view.title].startsWith(expected), `${view.title} ${subject}.${field}: ${line[view.title]}`).toBe(true);
      }
    }
  });

  it('says "never" exactly where an ability allows an action on no row of an entity', () => {
    for (const view of views) {
      const cells = table(sectionOf(view.title), 'entity');
      expect(cells.map((r) => r.entity)).toEqual(Object.keys(entitiesByName));
      for (const cellsOf of cells) {
        for (const action of ['read', 'create', 'update'] as Action[]) {
          const allowed = view.ability.can(action, cellsOf.entity as SubjectName);
          expect(cellsOf[action] === 'never', `${view.title} ${action} ${cellsOf.entity}: ${cellsOf[action]}`).toBe(!allowed);
        }
      }
    }
  });

  it('puts the published condition and the own-organisation condition into words', () => {
    expect(table(sectionOf('PUBLIC'), 'entity').find((r) => r.entity === 'Inspection')!.read)
      .toBe('✓ rows whose `publishedOn` is set and is on or before today: all fields');
    expect(table(sectionOf('COMMISSIONER'), 'entity').find((r) => r.entity === 'RequestAsker')!.update)
      .toContain('and whose `organisation` is its own organisation: `withdrawnOn`');
  });

  it('puts any condition into words: negation, nested fields, lists and the placeholders', () => {
    const ability = createMongoAbility([
      { action: 'read', subject: 'Trust', conditions: { localSystem: { code: 'NMERE' } } },
      { action: 'read', subject: 'Trust', fields: ['financialForecast'], conditions: { id: { $not: { $in: [SCOPE_TRUST] } } } },
      { action: 'update', subject: 'Trust', conditions: { type: { $nin: ['NHS_TRUST'] }, foundationAuthorisedOn: { $gte: '2020-01-01' } } },
      { action: 'create', subject: 'Trust', inverted: true },
    ]) as AppAbility;
    const view: PointOfView = { title: 'TEST', role: Role.TRUST, ability, words: new Map([[SCOPE_TRUST, 'its trusts']]) };
    const trust = table(accessMatrixMarkdown([view]).split('### TEST')[1], 'entity').find((r) => r.entity === 'Trust')!;
    expect(trust.read).toBe('✓ rows whose `localSystem.code` is `"NMERE"`: all fields<br>✓ rows whose `id` is not one of its trusts: `financialForecast`');
    expect(trust.update).toBe('✓ rows whose `type` is none of `"NHS_TRUST"` and whose `foundationAuthorisedOn` is on or after `"2020-01-01"`: all fields');
    expect(trust.create).toBe('never');
  });
});
