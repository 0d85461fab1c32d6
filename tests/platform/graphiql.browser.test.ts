import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';

/**
 * GraphiQL in a real browser: Debian's Chromium driven by playwright-core (.ci/run installs the
 * `chromium` package where it is missing). On a machine without it this file is reported skipped.
 */
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path): path is string => !!path && existsSync(path),
);

describe.skipIf(!executablePath)('GraphiQL in Chromium', () => {
  let app: TestApp;
  let merchant: TestMerchant;
  let browser: Browser;

  beforeAll(async () => {
    app = await startTestApp();
    merchant = await app.createMerchant('Browser Tea House');
    browser = await chromium.launch({ executablePath, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('works offline: the key typed in Headers fetches the schema for Docs, and a query gets its answer', async () => {
    const page = await browser.newPage();
    // No internet: every request that is not to this server is refused and remembered.
    const elsewhere: string[] = [];
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(app.url)) return route.continue();
      elsewhere.push(route.request().url());
      return route.abort();
    });
    await page.goto(`${app.url}/graphql`);
    await page.locator('.graphiql-container').waitFor();

    // Type the key into the Headers editor, as a user pastes it.
    await page.getByText('Headers', { exact: true }).click();
    const headers = page.locator('.graphiql-editor-tool .graphiql-editor').last();
    await headers.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${merchant.adminKey}` }));

    // The Docs pane shows the schema without a manual re-fetch.
    await page.getByRole('button', { name: /documentation explorer/i }).click();
    await expect.poll(() => page.locator('.graphiql-doc-explorer').innerText(), { timeout: 15_000 }).toContain('Query');
    expect(await page.locator('.graphiql-doc-explorer').innerText()).not.toContain('Error fetching schema');

    // Replace the query and run it.
    const query = page.locator('.graphiql-query-editor .CodeMirror');
    await query.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    // Typed into the browser's editor as a person would: a string, not a codegen document.
    await page.keyboard.insertText('{ merchant { name } }');
    await page.getByRole('button', { name: /execute query/i }).click();
    await expect
      .poll(() => page.locator('.graphiql-response').innerText(), { timeout: 15_000 })
      .toContain('"name": "Browser Tea House"');
    expect(elsewhere).toEqual([]);
  });
});
