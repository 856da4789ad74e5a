import { existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFiles, readProjectFile, ROOT } from '../support/project-files';

// Data flows one way: HTTP, then the request's context, then the read planner or the change
// pipeline, then the services, then SQL. The floors, lowest first: a file may import files of its
// own floor or of one below, never one above. A path is a folder (ending in /) or a file; the
// longest path that holds a file gives its floor. Files under none (the clock, errors, config,
// logging, query limits, live updates, the database's connections, seed and command-line tools)
// stand beside the floors: any floor may use them.

/** A relative import or import(), by its path. */
const SPECIFIER = /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g;

/** The entities and what they are made of: these files, and the files of src/modules they import. */
const MODEL_ROOTS = ['src/modules/entities.ts', 'src/modules/relations.ts', 'src/modules/rows.ts', 'src/modules/improvement-director/open-appointment.ts'];

const FLOORS: [name: string, paths: string[]][] = [
  ['SQL', ['src/db/sql/']],
  ['shared types and checks', ['src/common/']],
  // The rules name the entities, and the entities mark their restricted columns: one floor.
  ['entities and access rules, the request context', ['src/auth/', ...modelFiles()]],
  ['the steps of a change, which services write', ['src/change/change.ts']],
  ['services', ['src/modules/']],
  ['read planner and change pipeline', ['src/read/', 'src/change/']],
  ['schema, HTTP and the ORM wiring', ['src/schema.ts', 'src/schema-relations.ts', 'src/server.ts', 'src/main.ts', 'src/http/', 'src/db/config.ts']],
];

/** The project files a file imports, by path from the root. */
function importsOf(file: string): string[] {
  return [...readProjectFile(file).matchAll(SPECIFIER)].map(([, specifier]) => {
    const path = normalize(join(dirname(file), specifier));
    return [`${path}.ts`, join(path, 'index.ts'), path].find((candidate) => existsSync(join(ROOT, candidate)))!;
  });
}

function modelFiles(): string[] {
  const model = new Set<string>();
  const visit = (file: string): void => {
    if (model.has(file)) return;
    model.add(file);
    for (const imported of importsOf(file)) if (imported.startsWith('src/modules/')) visit(imported);
  };
  MODEL_ROOTS.forEach(visit);
  return [...model];
}

/** A file's floor (its index in FLOORS), or undefined for a file beside them. */
function floorOf(file: string): number | undefined {
  let best: { floor: number; length: number } | undefined;
  FLOORS.forEach(([, paths], floor) => {
    for (const path of paths) {
      const holds = path.endsWith('/') ? file.startsWith(path) : file === path;
      if (holds && path.length > (best?.length ?? -1)) best = { floor, length: path.length };
    }
  });
  return best?.floor;
}

describe('layers', () => {
  it('names only paths that exist', () => {
    const missing = FLOORS.flatMap(([, paths]) => paths).filter((path) => !existsSync(join(ROOT, path)));
    expect(missing).toEqual([]);
  });

  it('no file imports a file of a higher floor', () => {
    const upward = projectFiles('src').flatMap((file) => {
      const floor = floorOf(file);
      if (floor === undefined) return [];
      return importsOf(file).filter((imported) => (floorOf(imported) ?? -1) > floor)
        .map((imported) => `${file} (${FLOORS[floor][0]}) imports ${imported} (${FLOORS[floorOf(imported)!][0]})`);
    });
    expect(upward).toEqual([]);
  });
});
