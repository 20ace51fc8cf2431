import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openExplorer } from './helpers';
import { BOTH_PAYLOADS, HOSTILE_EDGE, IMG_PAYLOAD, SCRIPT_PAYLOAD, hostileGraph } from './fixtures/graphs';

/**
 * Graph files come from anyone: their text is shown as text, never as HTML, and the
 * production build runs under a strict Content-Security-Policy that blocks inline script
 * and eval even if something slipped through.
 */

function directives(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

function expectStrictScriptSrc(policy: string) {
  const d = directives(policy);
  const scriptSrc = d.get('script-src') ?? d.get('default-src');
  expect(scriptSrc, `script-src in "${policy}"`).toBeDefined();
  expect(scriptSrc).toContain("'self'");
  for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", '*', 'data:', 'blob:', 'http:', 'https:']) {
    expect(scriptSrc, `script-src must not allow ${unsafe}`).not.toContain(unsafe);
  }
  // No script-src-elem / -attr that would loosen it again.
  for (const name of ['script-src-elem', 'script-src-attr']) {
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'"]) expect(d.get(name) ?? []).not.toContain(unsafe);
  }
  expect(d.get('object-src')).toEqual(["'none'"]);
  expect(d.get('base-uri')).toEqual(["'none'"]);
}

/** Collect CSP violations from the first script on, and any dialog or request for "x". */
async function watch(page: Page) {
  const dialogs: string[] = [];
  const imageRequests: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/x') imageRequests.push(request.url());
  });
  await page.addInitScript(() => {
    const violations: { directive: string; blocked: string; sample: string }[] = [];
    (window as unknown as { __violations: typeof violations }).__violations = violations;
    document.addEventListener('securitypolicyviolation', (e) => violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample }));
  });
  return { dialogs, imageRequests };
}

function violations(page: Page) {
  return page.evaluate(() => (window as unknown as { __violations: { directive: string; blocked: string; sample: string }[] }).__violations);
}

async function expectNothingRan(page: Page, seen: { dialogs: string[]; imageRequests: string[] }) {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.locator('script').evaluateAll((els) => els.filter((el) => el.textContent?.includes('__pwned')).length)).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(seen.dialogs).toEqual([]);
  expect(seen.imageRequests).toEqual([]);
}

test.describe('file content is shown as text only', () => {
  test('HTML and script in labels, aliases, sentences and notes are shown verbatim and never run', async ({ page }) => {
    const seen = await watch(page);
    const graph = hostileGraph();
    await openExplorer(page);
    await page.getByTestId('graph-file-input').setInputFiles({ name: 'hostile.graph.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(graph)) });
    await expect.poll(() => page.evaluate(() => window.cy?.nodes().length)).toBe(graph.nodes.length);
    // The article title in the header, in the interface's language (English here).
    await expect(page.locator('header').getByText(SCRIPT_PAYLOAD, { exact: true })).toBeVisible();

    const details = page.getByRole('complementary', { name: 'Details' });
    await page.evaluate(() => void window.cy!.getElementById('putin').emit('tap'));
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(IMG_PAYLOAD);
    await expect(details.locator('.details__alt')).toHaveText(SCRIPT_PAYLOAD);
    await expect(details.getByText(BOTH_PAYLOADS, { exact: true }).first()).toBeVisible(); // description
    const aliases = details.locator('.alias');
    await expect(aliases.filter({ hasText: IMG_PAYLOAD })).toHaveCount(1);
    expect(await aliases.filter({ hasText: SCRIPT_PAYLOAD }).count()).toBeGreaterThanOrEqual(1);
    // The sentence with the payload after its text, and its translation.
    const sentenceId = graph.edges.find((e) => e.id === HOSTILE_EDGE)!.evidence[0]!.sentence;
    const sentence = graph.article.sentences.find((s) => s.id === sentenceId)!;
    await expect(details.locator(`[data-sentence="${sentenceId}"] blockquote`)).toHaveText(sentence.text);
    await expect(details.getByText(sentence.en, { exact: true })).toBeVisible();
    await expectNothingRan(page, seen);

    await page.evaluate((id) => void window.cy!.getElementById(id).emit('tap'), HOSTILE_EDGE);
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(`${IMG_PAYLOAD} visits China`);
    await expect(details.getByRole('button', { name: IMG_PAYLOAD, exact: true })).toBeVisible();
    await expect(details.getByText(BOTH_PAYLOADS, { exact: true })).toBeVisible(); // note
    await expect(details.locator('dd').filter({ hasText: SCRIPT_PAYLOAD }).first()).toHaveText(SCRIPT_PAYLOAD); // qualifiers
    await expect(details.locator(`[data-sentence="${sentenceId}"] blockquote`)).toHaveText(sentence.text);
    await expectNothingRan(page, seen);

    // The list view renders the label as text too.
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const list = page.getByRole('region', { name: 'Graph as a list' });
    await expect(list.getByRole('button', { name: IMG_PAYLOAD, exact: true })).toBeVisible();
    await expect(list.getByText(`${IMG_PAYLOAD} visits China`).first()).toBeVisible();

    // So does the search box's list of matches.
    const search = page.getByRole('combobox', { name: 'Search entities and sentences' });
    await search.fill('onerror');
    await expect(page.getByRole('option').filter({ hasText: IMG_PAYLOAD }).first()).toBeVisible();

    // And the article tab.
    await page.getByRole('tab', { name: 'Article' }).click();
    await expect(page.getByText(sentence.text, { exact: true }).first()).toBeAttached();

    await expectNothingRan(page, seen);
    expect(await violations(page)).toEqual([]);
  });

  test('the same graph opened by URL is shown as text too', async ({ page }) => {
    const seen = await watch(page);
    const graph = hostileGraph();
    await page.route((url) => url.pathname === '/test-graphs/hostile.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(graph) }));
    await openExplorer(page, { query: `?graph=/test-graphs/hostile.json#sel=n:putin` });
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(IMG_PAYLOAD);
    await expectNothingRan(page, seen);
  });

  test('HTML in a bad file name and in problem messages is shown as text', async ({ page }) => {
    const seen = await watch(page);
    await openExplorer(page);
    const graph = hostileGraph();
    graph.edges[0]!.target = IMG_PAYLOAD;
    const name = `${IMG_PAYLOAD}.json`;
    await page.getByTestId('graph-file-input').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(graph)) });
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading')).toHaveText(`Could not open ${name}`);
    await expect(alert).toContainText(`unknown node "${IMG_PAYLOAD}"`);
    await expectNothingRan(page, seen);
  });
});

test.describe('the production build sends a strict Content-Security-Policy', () => {
  test('the response header and the meta tag forbid inline script and eval', async ({ request }) => {
    const response = await request.get('/');
    expect(response.ok()).toBe(true);
    const header = response.headers()['content-security-policy'];
    expect(header, 'content-security-policy header').toBeTruthy();
    expectStrictScriptSrc(header!);
    expect(directives(header!).get('frame-ancestors')).toEqual(["'none'"]);

    const html = await response.text();
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
    expect(meta, 'CSP meta tag in the served index.html').not.toBeNull();
    expectStrictScriptSrc(meta![1]!.replace(/&#39;/g, "'"));
    // The built file on disk is what was served (the test build, dist-test: playwright.config.ts).
    expect(readFileSync('dist-test/index.html', 'utf8')).toContain(meta![0]);
    // And the built HTML has no inline script to need 'unsafe-inline'.
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attrs, body]) => !/\bsrc=/.test(attrs ?? '') && (body ?? '').trim() !== '');
    expect(inline).toEqual([]);
  });

  test('the app works under the policy with no violation', async ({ page }) => {
    const seen = await watch(page);
    await openExplorer(page);
    expect(await page.evaluate(() => window.cy!.nodes().length)).toBeGreaterThan(0);
    await page.evaluate(() => void window.cy!.getElementById('putin').emit('tap'));
    await expect(page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Vladimir Putin');
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Graph as a list' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    expect(seen.dialogs).toEqual([]);
  });

  test('the policy is active: inline script, eval, new Function and string timers are blocked', async ({ page }) => {
    await watch(page);
    await openExplorer(page);
    const outcome = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.body.appendChild(script);

      (setTimeout as unknown as (code: string, ms: number) => number)('window.__t = 1', 0);

      const onclick = document.createElement('button');
      onclick.setAttribute('onclick', 'window.__attr = 1');
      document.body.appendChild(onclick);
      onclick.click();

      // DevTools lets code it evaluates use eval even under a CSP (CDP's
      // allowUnsafeEvalBlockedByCSP), so try eval from a task of the page's own.
      const blocked = await new Promise<{ evalBlocked: boolean; functionBlocked: boolean }>((resolve) =>
        setTimeout(() => {
          let evalBlocked = false;
          try {
            (0, eval)('window.__eval = 1');
          } catch (error) {
            evalBlocked = error instanceof EvalError;
          }
          let functionBlocked = false;
          try {
            new Function('window.__function = 1')();
          } catch (error) {
            functionBlocked = error instanceof EvalError;
          }
          resolve({ evalBlocked, functionBlocked });
        }, 0),
      );
      // Give the string timer and the violation events time to arrive.
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { inline: w.__inline, evaluated: w.__eval, fn: w.__function, timer: w.__t, attr: w.__attr, ...blocked };
    });
    expect(outcome).toEqual({ inline: undefined, evaluated: undefined, fn: undefined, timer: undefined, attr: undefined, evalBlocked: true, functionBlocked: true });
    await expect.poll(async () => (await violations(page)).map((v) => v.directive).sort()).toEqual(
      expect.arrayContaining(['script-src', 'script-src-elem', 'script-src-attr']),
    );
    const recorded = await violations(page);
    expect(recorded.some((v) => v.directive === 'script-src-elem' && v.blocked === 'inline')).toBe(true);
    expect(recorded.filter((v) => v.directive === 'script-src' && v.blocked === 'eval').length).toBeGreaterThanOrEqual(3);
  });

  test('a script from another origin is blocked', async ({ page }) => {
    await watch(page);
    await page.route('https://evil.example/**', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: 'window.__remote = 1' }));
    await openExplorer(page);
    await page.evaluate(async () => {
      const script = document.createElement('script');
      script.src = 'https://evil.example/x.js';
      document.body.appendChild(script);
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    expect(await page.evaluate(() => (window as unknown as { __remote?: unknown }).__remote)).toBeUndefined();
    await expect.poll(async () => (await violations(page)).some((v) => v.directive === 'script-src-elem' && v.blocked.startsWith('https://evil.example'))).toBe(true);
  });
});
