// The README's example query for the caller's role ("One example query per role"), run through any
// client: the TRUST and COMMISSIONER ones answer data and FORBIDDEN errors together.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { ROLE_EXAMPLES } from '../src/explorer/role-examples';
import type { Answer, Client } from './client';

export async function roleExample(client: Client, role: string): Promise<Answer<Record<string, unknown>>> {
  const example = ROLE_EXAMPLES.find((e) => e.role === role);
  if (!example) throw new Error(`no example query for the role ${role}`);
  return client.request(parse(example.query) as TypedDocumentNode<Record<string, unknown>, Record<string, never>>);
}
