import { describe, expect, it } from 'vitest';
import { projectFiles, readProjectFile } from '../support/project-files';

// docs/domain.md is the specification in the project's words; code and tests cite its sections
// as docs/domain.md#<slug>. A citation must lead to a section, and every section must be held to
// by at least one test.

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string): string => heading.trim().toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-');

const domain = readProjectFile('docs/domain.md');
const sections = [...domain.matchAll(/^## (.+)$/gm)].map(([, heading]) => slug(heading));
const anchors = new Set([...domain.matchAll(/^#{2,4} (.+)$/gm)].map(([, heading]) => slug(heading)));

const CITATION = /docs\/domain\.md#([\w-]+)/g;
const citing = (files: string[]) => files.flatMap((file) => [...readProjectFile(file).matchAll(CITATION)].map(([, section]) => ({ file, section })));

const ownFolders = ['src', 'test', 'bench', 'examples', 'docs', 'README.md'];
const citations = citing(projectFiles(...ownFolders));
const testCitations = citing(projectFiles('test').filter((file) => !file.startsWith('test/docs/')));

describe('docs/domain.md and its citations', () => {
  it('has its sections, and is cited', () => {
    expect(sections.length).toBeGreaterThan(5);
    expect(citations.length).toBeGreaterThan(20);
  });

  it('every section a file cites exists', () => {
    const missing = citations.filter(({ section }) => !anchors.has(section)).map(({ file, section }) => `${file}: #${section}`);
    expect(missing).toEqual([]);
  });

  it('every section is cited by at least one test', () => {
    const cited = new Set(testCitations.map(({ section }) => section));
    expect(sections.filter((section) => !cited.has(section))).toEqual([]);
  });

  it('nothing points outside the project for the specification', () => {
    const outside = projectFiles(...ownFolders, '.ci', 'package.json').filter((file) => /\.\.\/shared\b/.test(readProjectFile(file)));
    expect(outside).toEqual([]);
  });
});
