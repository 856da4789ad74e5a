// The access matrix (docs/access-matrix.md) written from the CASL rules themselves: each point of
// view's ability is built over a placeholder scope, and its rules are put into words.
import { today } from '../clock';
import { OversightBody, Role } from '../common/enums';
import { entitiesByName, type SubjectName } from '../modules/entities';
import { defineAbilityFor, type Action, type AppAbility } from './abilities';
import { restrictedFields } from './restricted-fields';

/** The one trust id the placeholder scope holds: a condition `{ $in: [SCOPE_TRUST] }` means "the trusts in its scope". */
export const SCOPE_TRUST = '<scope>';
const OWN_ORGANISATION = '<own organisation>';
const ACTIONS: Action[] = ['read', 'create', 'update'];
type Rule = AppAbility['rules'][number];
type Conditions = Record<string, unknown>;

/** What the scope (src/auth/scope.ts) holds for each role. */
const SCOPE_WORDS: Record<Role, string> = {
  [Role.REGULATOR]: 'no trusts (it acts nationally)', [Role.OVERSIGHT]: 'the trusts it oversees', [Role.TRUST]: 'its own trust',
  [Role.IMPROVEMENT_DIRECTOR]: 'the trusts it is appointed to', [Role.COMMISSIONER]: "its local system's trusts", [Role.PUBLIC]: 'no trusts (no token)',
};

/** One role's ability over the placeholder scope, with the words each placeholder value stands for. */
export interface PointOfView { title: string; role: Role; ability: AppAbility; words: Map<unknown, string> }

/** One point of view per role; OVERSIGHT twice, as abilities.ts gives MONITOR rules TDA lacks. */
export function pointsOfView(): PointOfView[] {
  const views = Object.values(Role).flatMap((role) =>
    (role === Role.OVERSIGHT ? Object.values(OversightBody) : [OWN_ORGANISATION]).map((organisation) => ({ role, organisation })));
  return views.map(({ role, organisation }) => ({
    title: organisation === OWN_ORGANISATION ? role : `${role} (${organisation})`,
    role,
    ability: defineAbilityFor({ role, organisation, subject: 'access-matrix' }, { trustIds: [SCOPE_TRUST] }),
    words: new Map([[SCOPE_TRUST, `the trusts in its scope (${SCOPE_WORDS[role]})`], [organisation, 'its own organisation'], [today(), 'today']]),
  }));
}

const code = (name: string) => `\`${name}\``;
const isPlainObject = (value: unknown): value is Conditions => typeof value === 'object' && value !== null && !Array.isArray(value);
const isScope = (value: unknown) => Array.isArray(value) && value.length === 1 && value[0] === SCOPE_TRUST;

function valueWords(value: unknown, view: PointOfView): string {
  if (view.words.has(value)) return view.words.get(value)!;
  return Array.isArray(value) ? value.map((v) => valueWords(v, view)).join(', ') : code(JSON.stringify(value));
}

const OPERATORS: Record<string, (value: unknown, view: PointOfView) => string> = {
  $eq: (v, view) => `is ${valueWords(v, view)}`,
  $ne: (v, view) => (v === null ? 'is set' : `is not ${valueWords(v, view)}`),
  $in: (v, view) => `is one of ${valueWords(v, view)}`,
  $nin: (v, view) => `is none of ${valueWords(v, view)}`,
  $lt: (v, view) => `is before ${valueWords(v, view)}`,
  $lte: (v, view) => `is on or before ${valueWords(v, view)}`,
  $gt: (v, view) => `is after ${valueWords(v, view)}`,
  $gte: (v, view) => `is on or after ${valueWords(v, view)}`,
  $exists: (v) => (v ? 'is set' : 'is not set'),
  $not: (v, view) => {
    const said = predicate(v, view);
    return said.includes(' and ') ? `is not (${said})` : said.replace(/^is /, 'is not ');
  },
};

/** What a field's condition says of its value: `{ $ne: null, $lte: today }` → "is set and is on or before today". */
function predicate(value: unknown, view: PointOfView): string {
  if (!isPlainObject(value)) return value === null ? 'is not set' : `is ${valueWords(value, view)}`;
  return Object.entries(value).map(([op, operand]) => OPERATORS[op]?.(operand, view) ?? `${op} ${valueWords(operand, view)}`).join(' and ');
}

const isOperatorObject = (value: Conditions) => Object.keys(value).every((key) => key.startsWith('$'));

/** One clause per field (nested fields by their path), e.g. "of the trusts in its scope (its own trust)". */
function clauses(conditions: Conditions, view: PointOfView, path: string[] = []): string[] {
  return Object.entries(conditions).flatMap(([key, value]) => {
    const each = () => (value as Conditions[]).map((c) => `(${clauses(c, view, path).join(' and ')})`);
    if (key === '$and') return each();
    if (key === '$or' || key === '$nor') return [key === '$or' ? `either ${each().join(' or ')}` : `neither ${each().join(' nor ')}`];
    if (isPlainObject(value) && !isOperatorObject(value)) return clauses(value, view, [...path, key]);
    const field = [...path, key].join('.');
    const scopeOnly = isPlainObject(value) && Object.keys(value).length === 1 && isScope(value.$in);
    if (scopeOnly && field === 'id') return [`that are ${valueWords(SCOPE_TRUST, view)}`];
    if (scopeOnly && field === 'trust') return [`of ${valueWords(SCOPE_TRUST, view)}`];
    return [`whose ${code(field)} ${predicate(value, view)}`];
  });
}

const hasConditions = (rule: Rule) => rule.conditions !== undefined && Object.keys(rule.conditions).length > 0;
const rowWords = (rule: Rule, view: PointOfView) => (hasConditions(rule) ? `rows ${clauses(rule.conditions as Conditions, view).join(' and ')}` : 'every row');

function ruleWords(rule: Rule, view: PointOfView): string {
  const fields = rule.fields ? ([] as string[]).concat(rule.fields).map(code).join(', ') : 'all fields';
  return `${rule.inverted ? '✗' : '✓'} ${rowWords(rule, view)}: ${fields}`;
}

/** The rules for one action on one entity, in the order abilities.ts defines them (a later one overrides an earlier). */
function cell(view: PointOfView, action: Action, subject: SubjectName): string {
  const rules = [...view.ability.possibleRulesFor(action, subject)].reverse();
  return rules.every((rule) => rule.inverted) ? 'never' : rules.map((rule) => ruleWords(rule, view)).join('<br>');
}

/** Which rows of `subject` a view reads `field` on: "every row", "only rows …" or "no". */
export function whoReads(view: PointOfView, subject: SubjectName, field: string): string {
  const allowed: string[] = [];
  const excepted: string[] = [];
  for (const rule of view.ability.rulesFor('read', subject, field)) {
    if (hasConditions(rule)) (rule.inverted ? excepted : allowed).push(rowWords(rule, view));
    else if (!rule.inverted) return excepted.length ? `every row except ${excepted.join(' or ')}` : 'every row';
    else break;
  }
  if (allowed.length === 0) return 'no';
  return `only ${allowed.reverse().join(' or ')}${excepted.length ? ` (never ${excepted.join(' or ')})` : ''}`;
}

export const restrictedColumns = () =>
  Object.entries(restrictedFields()).flatMap(([kind, bySubject]) =>
    Object.entries(bySubject).flatMap(([subject, fields]) => fields!.map((field) => ({ kind, subject: subject as SubjectName, field }))));

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

function restrictedTable(views: PointOfView[]): string[] {
  return [
    row(['column', 'kind', ...views.map((v) => v.title)]),
    row(['---', '---', ...views.map(() => '---')]),
    ...restrictedColumns().map(({ kind, subject, field }) =>
      row([code(`${subject}.${field}`), kind, ...views.map((view) => whoReads(view, subject, field))])),
  ];
}

function viewSection(view: PointOfView): string[] {
  return [
    `### ${view.title}`, '',
    `Scope: ${SCOPE_WORDS[view.role]}.`, '',
    row(['entity', ...ACTIONS]),
    row(['---', ...ACTIONS.map(() => '---')]),
    ...Object.keys(entitiesByName).map((subject) => row([subject, ...ACTIONS.map((action) => cell(view, action, subject as SubjectName))])),
    '',
  ];
}

/** docs/access-matrix.md for these points of view. */
export function accessMatrixMarkdown(views: PointOfView[] = pointsOfView()): string {
  return [
    '# Access matrix', '',
    '<!-- Generated by `npm run docs:access` from src/auth/abilities.ts; do not edit (a test fails when it is stale). -->', '',
    'Who sees and changes what, written from the CASL rules the API enforces. A role acts for the trusts in',
    "its scope, resolved from its token's organisation. Dates compare with today in Europe/London.", '',
    '## Who reads the restricted columns', '',
    'Money and findings, by role: on every row, only on some rows, or never (the field is then null with a FORBIDDEN error).', '',
    ...restrictedTable(views), '',
    '## Rules by role', '',
    'Each cell lists the rules for that action in the order they are defined: ✓ allows, ✗ forbids, and for',
    'a given row and field the last rule that covers it decides. "never": no rule allows it.', '',
    ...views.flatMap(viewSection),
  ].join('\n').trimEnd() + '\n';
}
