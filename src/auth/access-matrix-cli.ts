// `npm run docs:access`: rewrites docs/access-matrix.md from the CASL rules (a test fails when it is stale).
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { accessMatrixMarkdown } from './access-matrix';

const target = join(__dirname, '..', '..', '..', 'docs', 'access-matrix.md');
writeFileSync(target, accessMatrixMarkdown());
console.log('wrote docs/access-matrix.md');
