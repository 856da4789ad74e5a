import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { isIsoDate } from '../clock';

/** `node`: the literal written in the query, so that the error can say where it is. */
function badInput(message: string, node?: ValueNode): GraphQLError {
  return new GraphQLError(message, { nodes: node, extensions: { code: 'BAD_USER_INPUT' } });
}

// Dates outside these are typing mistakes (0000-01-01, 9999-12-31) that PostgreSQL may refuse or misread.
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2100-12-31';
const IN_RANGE = `between ${EARLIEST_DATE} and ${LATEST_DATE}`;

function parseDate(value: unknown, node?: ValueNode): string {
  if (typeof value !== 'string' || !isIsoDate(value)) throw badInput(`Date must be a real calendar date as YYYY-MM-DD, got ${JSON.stringify(value)}`, node);
  if (value < EARLIEST_DATE || value > LATEST_DATE) throw badInput(`Date must be ${IN_RANGE}, got ${JSON.stringify(value)}`, node);
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'Calendar date, ISO 8601 (YYYY-MM-DD).',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined, ast),
});

/** Money travels as a decimal string; shape rules (positive, two places, cap) are checked by the services. */
function parseMoney(value: unknown, node?: ValueNode): string {
  if (typeof value !== 'string') throw badInput(`Money must be a decimal string such as "125000.00", got ${JSON.stringify(value)}`, node);
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
  parseLiteral: (ast) => parseMoney(ast.kind === Kind.STRING ? ast.value : undefined, ast),
});

const dateTime = DateTimeResolver.toConfig();

function inRange(instant: Date, node?: ValueNode): Date {
  const date = instant.toISOString().slice(0, 10);
  if (date < EARLIEST_DATE || date > LATEST_DATE) throw badInput(`DateTime must be ${IN_RANGE} (UTC), got ${instant.toISOString()}`, node);
  return instant;
}

export const DateTimeScalar = new GraphQLScalarType({
  ...dateTime,
  name: 'DateTime',
  description: 'Instant, ISO 8601 with offset.',
  parseValue: (value) => inRange(dateTime.parseValue!(value) as Date),
  parseLiteral: (ast, variables) => inRange(dateTime.parseLiteral!(ast, variables) as Date, ast),
});

export const JSONScalar = new GraphQLScalarType({ ...JSONResolver.toConfig(), name: 'JSON', description: 'Arbitrary JSON value.' });
