import { signDevToken } from '../../src/auth/jwt';
import { loadConfig } from '../../src/config';
import { SECRET } from '../start/helpers';

export interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
  ms: number;
}

/** A token the built server started with JWT_SECRET=SECRET accepts. */
export const tokenFor = (role: string, org: string) =>
  signDevToken({ sub: `faults:${role}:${org}`, role, org }, { expiresIn: '10m' }, loadConfig({ JWT_SECRET: SECRET }).jwt);

/** POSTs one operation to `${base}/graphql`; gives up after 15 s, so a hang fails as a slow answer rather than a timeout of the test. */
export async function graphql(base: string, query: string, { token, variables }: { token?: string; variables?: Record<string, unknown> } = {}): Promise<Answer> {
  const started = Date.now();
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'], ms: Date.now() - started };
}

export const codesOf = (answer: Answer) => (answer.body.errors ?? []).map((error) => error.extensions?.code);

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
