import type { GraphQLSchema } from 'graphql';

// GraphQL over HTTP with a query written as text, for tests that build operations at run time
// (the authorization matrix, the fuzz test) rather than from typed documents.

export interface RawResponse {
  status: number;
  /** The body as sent, for checks on what it must never contain. */
  text: string;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[] };
}

/** POSTs `query` with `variables` to `${url}/graphql`, as `token`'s caller (PUBLIC without one), within `timeoutMs`, with any further `headers`. */
export async function postGraphQL(
  url: string, query: string, variables: Record<string, unknown> = {}, token: string | null = null, timeoutMs = 10_000,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let body: RawResponse['body'];
  try {
    body = JSON.parse(text);
  } catch {
    body = {};
  }
  return { status: response.status, text, headers: response.headers, body };
}

/** `mutation { name(arg: $arg, …) { __typename } }` with every argument of the served field as a variable of its type. */
export function mutationOperation(schema: GraphQLSchema, name: string): string {
  const field = schema.getMutationType()?.getFields()[name];
  if (!field) throw new Error(`the served schema has no mutation ${name}`);
  const declared = field.args.map((a) => `$${a.name}: ${a.type}`).join(', ');
  const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `mutation ${name[0].toUpperCase()}${name.slice(1)}${declared ? `(${declared})` : ''} { ${name}${passed ? `(${passed})` : ''} { __typename } }`;
}
