import type { GraphQLFormattedError } from 'graphql';
import { getLocation } from 'graphql';
import { Cursor } from '@mikro-orm/core';
import { FORBIDDEN_MARK, MISSING_MARK, type Shape } from './plan';

/** A required row the caller may not read: the resolvers' answer (an error that nulls the parent) is theirs to give. */
export class HiddenRequiredRow extends Error {}

type Json = Record<string, unknown>;
type Path = (string | number)[];

export function shapeNeedsWalk(shape: Shape): boolean {
  for (const entry of shape.values()) {
    if (entry.forbidden || entry.missing || (entry.child && shapeNeedsWalk(entry.child))) return true;
  }
  return false;
}

/** Replaces the planner's markers: a forbidden field becomes null with FORBIDDEN at its path, as the resolvers answer it. */
export function resolveMarkers(value: unknown, shape: Shape, path: Path, errors: GraphQLFormattedError[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => resolveMarkers(item, shape, [...path, index], errors));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const row = value as Json;
  for (const [key, entry] of shape) {
    const field = row[key];
    if (field !== null && typeof field === 'object' && FORBIDDEN_MARK in field) {
      row[key] = null;
      const source = entry.node.loc?.source;
      const locations = source && entry.node.loc ? [getLocation(source, entry.node.loc.start)] : undefined;
      errors.push({ message: entry.forbidden!, locations, path: [...path, key], extensions: { code: 'FORBIDDEN' } });
    } else if (field !== null && typeof field === 'object' && MISSING_MARK in field) {
      throw new HiddenRequiredRow(key);
    } else if (entry.child) {
      resolveMarkers(field, entry.child, [...path, key], errors);
    }
  }
}

/** The order-by values of the last row kept, as the opaque cursor MikroORM's findByCursor gives out. */
export const endCursor = (last: unknown[] | null): string | null => (last ? Cursor.encode(last) : null);
