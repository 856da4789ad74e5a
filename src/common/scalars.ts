import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { isIsoDate } from '../clock';

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) throw badInput(`Date must be a real calendar date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'Calendar date, ISO 8601 (YYYY-MM-DD).',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** Money travels as a decimal string; shape rules (positive, two places, cap) are checked by the services. */
function parseMoney(value: unknown): string {
  if (typeof value !== 'string') throw badInput(`Money must be a decimal string such as "125000.00", got ${JSON.stringify(value)}`);
  return value;
}

/** "12.5" -> "12.50", without passing through a float. */
function toTwoPlaces(value: string): string {
  const match = /^(-?\d+)(?:\.(\d*))?$/.exec(value);
  if (!match) throw new Error(`not a decimal amount: ${value}`);
  return `${match[1]}.${(match[2] ?? '').padEnd(2, '0').slice(0, 2)}`;
}

export const MoneyScalar = new GraphQLScalarType<string, string>({
  name: 'Money',
  description: 'Pounds sterling as a decimal string with two places, e.g. "125000.00". Never a float.',
  serialize: (value) => toTwoPlaces(String(value)),
  parseValue: parseMoney,
  parseLiteral: (ast) => parseMoney(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  name: 'DateTime',
  description: 'Instant, ISO 8601 with offset.',
});

export const JSONScalar = new GraphQLScalarType({ ...JSONResolver.toConfig(), name: 'JSON', description: 'Arbitrary JSON value.' });
