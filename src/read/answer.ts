import { getLocation, type GraphQLFormattedError } from 'graphql';
import type { Shape, ShapeEntry } from './plan';

/**
 * A root's refusals as its statement returns them (src/read/plan.ts): `true` a forbidden field,
 * `"h"` a hidden required row, an object by response key, an array by position (null where an
 * element has none).
 */
export type Refusals = true | 'h' | null | Refusals[] | { [key: string]: Refusals };

type Path = (string | number)[];

/** A forbidden field's place in a value handed to the executor: its resolver throws, so the field is null with FORBIDDEN. */
export class Refusal {
  constructor(readonly message: string) {}
}

function walk(tree: Refusals, entry: ShapeEntry, path: Path, visit: (entry: ShapeEntry, path: Path, refusal: true | 'h') => void): void {
  if (tree === null) return;
  if (tree === true || tree === 'h') return visit(entry, path, tree);
  if (entry.byType) {
    // An object of one of several types (a node): its refusals come as [its type, its refusals].
    const [type, refusals] = tree as [string, Refusals];
    return walkObject(refusals, entry.byType.get(type)!, path, visit);
  }
  if (entry.list) {
    (tree as Refusals[]).forEach((item, index) => walkObject(item, entry.child!, [...path, index], visit));
  } else walkObject(tree, entry.child!, path, visit);
}

function walkObject(tree: Refusals, shape: Shape, path: Path, visit: Parameters<typeof walk>[3]): void {
  if (tree === null) return;
  if (tree === true || tree === 'h' || Array.isArray(tree)) throw new Error('a refusal where an object was expected');
  for (const [key, sub] of Object.entries(tree)) walk(sub, shape.get(key)!, [...path, key], visit);
}

/**
 * The GraphQL errors of a root's refusals, in the answer's order: FORBIDDEN at each restricted
 * field the caller may not read. Undefined when a required row is hidden: only the executor's null
 * propagation answers that (src/read/engine.ts), never the text PostgreSQL built.
 */
export function refusalErrors(text: string | null, entry: ShapeEntry, key: string): GraphQLFormattedError[] | undefined {
  if (text === null) return [];
  const errors: GraphQLFormattedError[] = [];
  let hidden = false;
  walk(JSON.parse(text) as Refusals, entry, [key], (at, path, refusal) => {
    if (refusal === 'h') hidden = true;
    else {
      const loc = at.node.loc;
      const locations = loc ? [getLocation(loc.source, loc.start)] : undefined;
      errors.push({ message: at.forbidden!, locations, path, extensions: { code: 'FORBIDDEN' } });
    }
  });
  return hidden ? undefined : errors;
}

/** Marks a parsed root value for the executor: a forbidden field becomes a Refusal; a hidden required row is null already. */
export function markRefusals(value: unknown, text: string | null, entry: ShapeEntry): void {
  if (text === null) return;
  walk(JSON.parse(text) as Refusals, entry, [], (at, path, refusal) => {
    if (refusal === 'h') return;
    let parent = value as Record<string | number, unknown>;
    for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
    parent[path[path.length - 1]] = new Refusal(at.forbidden!);
  });
}
