import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

const TEXT = /\.(ts|mts|mjs|js|md|graphql|sql|json|yml)$/;
const SKIPPED = new Set(['node_modules', 'dist', '.data', '.git', 'generated']);

/** The project's own text files under `folders` (paths relative to the root), generated ones aside. */
export function projectFiles(...folders: string[]): string[] {
  const walk = (path: string): string[] => {
    if (!statSync(path).isDirectory()) return TEXT.test(path) ? [relative(ROOT, path)] : [];
    return readdirSync(path).filter((name) => !SKIPPED.has(name)).flatMap((name) => walk(join(path, name)));
  };
  return folders.flatMap((folder) => walk(join(ROOT, folder)));
}

export const readProjectFile = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
