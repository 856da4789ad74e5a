import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_EXAMPLES, readableExample } from '../../src/explorer/role-examples';
import { TEST_JWT_ENV, tokenFor } from '../support/api';
import { useTestApi } from '../support/test-api';
import { TEST_TODAY } from '../support/today';

// The explorer in a real headless Chromium (Debian's package; never a downloaded browser): the page
// loads from the server alone, a principal picked in it gets a token, and a query runs as that principal.

// The explorer signs with the process's key (src/config.ts reads it on first use): the suite's one, which the test server verifies with.
process.env.JWT_SECRET = TEST_JWT_ENV.JWT_SECRET;

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`explorer browser test skipped: no ${CHROMIUM} (apt-get install chromium; .ci/run installs it)`);

const env = useTestApi('demo');
const QUERY = '{ trusts { nodes { odsCode localSystem { code } } } }';

interface CodeMirrorElement { CodeMirror: { getValue(): string; setValue(value: string): void } }
/** A locator whose evaluate sees the element as T: the tests' types have no DOM. */
interface Locator<T> { evaluate<R, A = void>(fn: (element: T, arg: A) => R, arg?: A): Promise<R> }
type Trusts = { data: { trusts: { nodes: { odsCode: string; localSystem: { code: string } }[] } } };

async function trustId(odsCode: string): Promise<string> {
  const response = await fetch(`${env.api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ trust(odsCode: "${odsCode}") { id } }` }) });
  return ((await response.json()) as { data: { trust: { id: string } } }).data.trust.id;
}

/** A published inspection of the trust, recorded by the regulator over HTTP. */
async function publishInspection(trust: string): Promise<void> {
  const query = `mutation($id: ID!) { recordInspection(input: { trustId: $id, inspectedOn: "${TEST_TODAY}", publishedOn: "${TEST_TODAY}", overall: GOOD, safe: GOOD,
    effective: GOOD, caring: GOOD, responsive: GOOD, wellLed: GOOD, recommendation: NONE }) { id } }`;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${tokenFor('REGULATOR', 'CQC')}` };
  const response = await fetch(`${env.api.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables: { id: trust } }) });
  expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
}

/** The same query sent to /graphql without the browser. */
async function directly(token: string): Promise<Trusts> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const response = await fetch(`${env.api.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: QUERY }) });
  return (await response.json()) as Trusts;
}

describe.skipIf(!hasChromium)('the explorer in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const outside: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage();
    page.on('request', (request) => {
      if (!request.url().startsWith(`${env.api.url}/`)) outside.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${env.api.url}/`);
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor({ timeout: 20_000 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The CodeMirror 5 editor GraphiQL 3 keeps inside an element (its query editor, its result panel). */
  const codeMirror = (within: string) => page.locator(`${within} .CodeMirror`) as unknown as Locator<CodeMirrorElement>;

  /** Picks a principal, sets the query in GraphiQL's editor, clicks run and reads the result panel. */
  async function run(principal: string, query: string): Promise<{ text: string; value: string }> {
    await page.selectOption('#role', principal);
    await page.locator('#status[data-state="ready"]').waitFor();
    await codeMirror('.graphiql-query-editor').evaluate((element, text) => element.CodeMirror.setValue(text), query);
    await codeMirror('.result-window').evaluate((element) => element.CodeMirror.setValue(''));
    await page.click('.graphiql-execute-button');
    const result = page.locator('.result-window');
    await expect.poll(() => result.innerText(), { timeout: 15_000 }).toContain('"data"');
    const value = await codeMirror('.result-window').evaluate((element) => element.CodeMirror.getValue());
    return { text: await result.innerText(), value };
  }

  it('loads GraphiQL from this server alone, under a CSP of its own origin, without errors', async () => {
    expect(await page.title()).toMatch(/explorer/i);
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('as COMMISSIONER X5N, a query shows only the trusts of its own system', async () => {
    const { text, value } = await run('COMMISSIONER:X5N', QUERY);
    const nodes = (JSON.parse(value) as Trusts).data.trusts.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes).toEqual((await directly(tokenFor('COMMISSIONER', 'X5N'))).data.trusts.nodes);
    expect(new Set(nodes.map((trust) => trust.localSystem.code))).toEqual(new Set(['NMERE']));
    expect(text).toContain('NMERE');
    expect(text).not.toMatch(/HARROW|SALLOW|BRACKEN|WEALD/);
    expect(problems).toEqual([]);
  });

  describe("each role's example query", () => {
    let fresh: Page;
    const editor = () => fresh.locator('.graphiql-query-editor .CodeMirror') as unknown as Locator<CodeMirrorElement>;
    const editorText = () => editor().evaluate((element) => element.CodeMirror.getValue());
    const example = (role: string) => readableExample(ROLE_EXAMPLES.find((e) => e.role === role)!);
    beforeAll(async () => {
      fresh = await browser.newPage(); // a context of its own: no query GraphiQL kept from the other tests
      await fresh.goto(`${env.api.url}/`);
      await fresh.locator('.graphiql-query-editor .CodeMirror').waitFor({ timeout: 20_000 });
    });

    it("is in the editor, on readable lines, for the role picked", async () => {
      expect(await editorText()).toBe(example('PUBLIC'));
      await fresh.selectOption('#role', 'TRUST:RN1');
      await expect.poll(editorText).toBe(example('TRUST'));
      expect((await editorText()).split('\n').length).toBeGreaterThan(10);
    });

    it('answers with the data first, then the FORBIDDEN errors of what is withheld', async () => {
      await fresh.locator('#status[data-state="ready"]').waitFor();
      await fresh.click('.graphiql-execute-button');
      const result = fresh.locator('.result-window .CodeMirror') as unknown as Locator<CodeMirrorElement>;
      const resultText = () => result.evaluate((element) => element.CodeMirror.getValue());
      await expect.poll(resultText, { timeout: 15_000 }).toContain('FORBIDDEN');
      const text = await resultText();
      expect(text.indexOf('"data"')).toBeGreaterThanOrEqual(0);
      expect(text.indexOf('"data"')).toBeLessThan(text.indexOf('"errors"'));
    });

    it('keeps a query the user wrote when another role is picked; the button brings the example back', async () => {
      await editor().evaluate((element, text) => element.CodeMirror.setValue(text), QUERY);
      await fresh.waitForTimeout(300); // GraphiQL reports an edit 100 ms after it
      await fresh.selectOption('#role', 'COMMISSIONER:X5N');
      await fresh.locator('#status[data-state="ready"]').waitFor();
      expect(await editorText()).toBe(QUERY);
      await fresh.click('#example');
      await expect.poll(editorText).toBe(example('COMMISSIONER'));
    });
  });

  it('as PUBLIC (no token), the same query shows the other systems too', async () => {
    const { value } = await run('PUBLIC', QUERY);
    const systems = new Set((JSON.parse(value) as Trusts).data.trusts.nodes.map((trust) => trust.localSystem.code));
    expect(systems.size).toBeGreaterThan(1);
    expect(outside).toEqual([]);
  });

  it('as COMMISSIONER X5N, a subscription shows a change of its system as it is committed, over WebSocket', async () => {
    await page.selectOption('#role', 'COMMISSIONER:X5N');
    await page.locator('#status[data-state="ready"]').waitFor();
    await codeMirror('.graphiql-query-editor').evaluate((element, text) => element.CodeMirror.setValue(text), 'subscription { regimeEvents { kind trust { odsCode } } }');
    await codeMirror('.result-window').evaluate((element) => element.CodeMirror.setValue(''));
    await page.click('.graphiql-execute-button'); // runs until clicked again
    const rn1 = await trustId('RN1');
    const result = page.locator('.result-window');
    // Published until one arrives: graphql-ws does not say when the server has taken the subscription.
    await expect.poll(async () => (await publishInspection(rn1), result.innerText()), { interval: 500, timeout: 15_000 }).toContain('INSPECTION_PUBLISHED');
    expect(await result.innerText()).toContain('"odsCode": "RN1"');
    await page.click('.graphiql-execute-button');
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });
});
