import fc from 'fast-check';
import {
  getNamedType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isObjectType,
  type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLNamedOutputType, type GraphQLSchema,
} from 'graphql';

// Random GraphQL operations of the right shape, from a schema: a root field with random arguments of
// its types (boundary and hostile values among them), a random selection beneath it up to MAX_DEPTH
// with random aliases. Every object selected also selects __typename (and id where it has one), and
// an alias is always `<field>_<n>`, so a response can be read back by type and field.

export const MAX_DEPTH = 5;
export interface Operation { query: string; variables: Record<string, unknown> }

const HOSTILE_TEXT = ['', ' ', 'x'.repeat(10_000), 'é 漢字 🙂 \u202e', '\ud800x', 'x\udc00', '\u0000', "'; drop table trust; --", '%_\\', '<b>&amp;</b>', 'RN1'];
const EDGE_DATES = ['1899-12-31', '1900-01-01', '2100-12-31', '2101-01-01', '0000-01-01', '9999-12-31', '2026-02-29', '2024-02-29', '2026-03-18', '2026-13-01', '20260318', ''];
const EDGE_INTS = [0, -1, 1, 2, 50, 500, 501, 2_147_483_647, -2_147_483_648, 2_147_483_648, Number.MAX_SAFE_INTEGER];

const text = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom(...HOSTILE_TEXT));
const date = fc.oneof(
  fc.constantFrom(...EDGE_DATES),
  fc.date({ min: new Date('1850-01-01'), max: new Date('2150-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  text,
);
const money = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }).map((pence) => (pence / 100).toFixed(2)),
  fc.constantFrom('0.00', '-0.00', '10', '0.001', '1e5', '99999999999999999999.99', '1,000.00', 'NaN', 'Infinity'),
  text,
);
const cursor = fc.oneof(
  fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.constant(null), fc.uuid()), { maxLength: 3 })
    .map((values) => Buffer.from(JSON.stringify(values)).toString('base64url')),
  text,
);

function scalar(name: string, argName: string, ids: string[]): fc.Arbitrary<unknown> {
  if (argName === 'after') return cursor;
  switch (name) {
    case 'Int': return fc.oneof(fc.constantFrom(...EDGE_INTS), fc.integer());
    case 'Float': return fc.oneof(fc.constantFrom(0, 0.5, 2.25, 31, 32, 1e308), fc.double({ noNaN: true, noDefaultInfinity: true }));
    case 'Boolean': return fc.boolean();
    case 'ID': return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ids) }, fc.uuid(), fc.constantFrom('', 'not-a-uuid', '00000000-0000-0000-0000-000000000000'), text);
    case 'Date': return date;
    case 'DateTime': return fc.oneof(date.map((d) => `${d}T12:00:00Z`), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), text);
    case 'Money': return money;
    case 'JSON': return fc.jsonValue({ maxDepth: 2 });
    default: return text;
  }
}

/** A value for an input type: mostly of the type, sometimes null where allowed or a wrong kind, to be refused cleanly. */
function inputValue(type: GraphQLInputType, argName: string, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueOf(type.ofType, argName, ids, depth);
  return fc.oneof({ weight: 19, arbitrary: valueOf(type, argName, ids, depth) }, { weight: 1, arbitrary: fc.constant(null) });
}

function valueOf(type: GraphQLInputType, argName: string, ids: string[], depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueOf(type.ofType, argName, ids, depth);
  if (isListType(type)) return fc.array(inputValue(type.ofType, argName, ids, depth + 1), { maxLength: 3 });
  if (isEnumType(type)) return fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) }, { weight: 1, arbitrary: text });
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    const model = Object.fromEntries(fields.map((f) => [f.name, inputValue(f.type, f.name, ids, depth + 1)]));
    return fc.record(model, { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) });
  }
  return scalar(type.name, argName, ids);
}

/** A GraphQL literal for `value`; strings as JSON strings, whose escapes GraphQL shares. */
function literal(value: unknown, enumLike: boolean): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, enumLike)).join(', ')}]`;
  if (typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${k}: ${literal(v, enumLike)}`).join(', ')}}`;
  if (typeof value === 'string') return enumLike && /^[A-Z_][A-Z0-9_]*$/.test(value) ? value : JSON.stringify(value);
  return String(value);
}

const isEnumInput = (type: GraphQLInputType) => isEnumType(getNamedType(type));
const argsArb = (args: readonly GraphQLArgument[], ids: string[]) =>
  fc.record(Object.fromEntries(args.map((a) => [a.name, inputValue(a.type, a.name, ids)])), { requiredKeys: args.filter((a) => isNonNullType(a.type)).map((a) => a.name) });
const alias = (name: string) => fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.nat(99).map((n) => `${name}_${n}: `) });

/** `{ __typename id? field… }` beneath an object of `type`, `depth` levels down. */
function selection(type: GraphQLNamedOutputType, depth: number, ids: string[]): fc.Arbitrary<string> {
  if (!isObjectType(type) || depth >= MAX_DEPTH) return fc.constant('{ __typename }');
  const fields = Object.values(type.getFields());
  const always = `__typename${type.getFields().id ? ' id' : ''}`;
  const objects = fields.filter((f) => !isLeafType(getNamedType(f.type))); // half the time only these, to reach deep
  const some = (from: typeof fields) => fc.subarray(from, { minLength: 1, maxLength: Math.min(3, from.length) });
  return (objects.length ? fc.oneof(some(fields), some(objects)) : some(fields))
    .chain((chosen) => fc.tuple(...chosen.map((f) => fieldText(f, depth + 1, ids))))
    .map((parts) => `{ ${always} ${parts.join(' ')} }`);
}

function fieldText(field: GraphQLField<unknown, unknown>, depth: number, ids: string[]): fc.Arbitrary<string> {
  const named = getNamedType(field.type);
  return fc.tuple(alias(field.name), argsArb(field.args, ids), isLeafType(named) ? fc.constant('') : selection(named, depth, ids))
    .map(([as, args, sub]) => {
      const written = field.args.filter((a) => a.name in args).map((a) => `${a.name}: ${literal(args[a.name], isEnumInput(a.type))}`);
      return `${as}${field.name}${written.length ? `(${written.join(', ')})` : ''} ${sub}`;
    });
}

/** One root field of Query or Mutation (or the one named), its arguments as variables (random, or from `given`), with a random selection. */
export function operationArb(
  schema: GraphQLSchema, kind: 'query' | 'mutation', ids: string[], only?: { field: string; variables: fc.Arbitrary<Record<string, unknown>> },
): fc.Arbitrary<Operation> {
  const root = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  const fields = only ? [root.getFields()[only.field]] : Object.values(root.getFields());
  return fc.constantFrom(...fields).chain((field) => {
    const named = getNamedType(field.type);
    return fc.tuple(alias(field.name), only?.variables ?? argsArb(field.args, ids), isLeafType(named) ? fc.constant('') : selection(named, 1, ids))
      .map(([as, args, sub]) => {
        const given = field.args.filter((a) => a.name in args);
        const declared = given.map((a) => `$${a.name}: ${a.type}`).join(', ');
        const passed = given.map((a) => `${a.name}: $${a.name}`).join(', ');
        const query = `${kind} Fuzz${declared ? `(${declared})` : ''} { ${as}${field.name}${passed ? `(${passed})` : ''} ${sub} }`;
        return { query, variables: args as Record<string, unknown> };
      });
  });
}

/** `variables` of mutation `name` with one argument or input field (given or not) replaced by a random value of its type. */
export function oneInputChanged(schema: GraphQLSchema, name: string, variables: Record<string, unknown>, ids: string[]): fc.Arbitrary<Record<string, unknown>> {
  const slots: { path: string[]; type: GraphQLInputType }[] = [];
  const walk = (type: GraphQLInputType, path: string[]): void => {
    slots.push({ path, type });
    const named = getNamedType(type);
    if (isInputObjectType(named)) for (const f of Object.values(named.getFields())) walk(f.type, [...path, f.name]);
  };
  for (const arg of schema.getMutationType()!.getFields()[name].args) walk(arg.type, [arg.name]);
  return fc.constantFrom(...slots).chain(({ path, type }) => inputValue(type, path.at(-1)!, ids).map((value) => {
    const changed = structuredClone(variables);
    let at = changed as Record<string, unknown>;
    for (const key of path.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
    at[path.at(-1)!] = value;
    return changed;
  }));
}
