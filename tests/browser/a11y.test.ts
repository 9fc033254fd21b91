import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launch, openApp, ROOT, startServer } from './driver';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

describe('accessibility (axe-core)', () => {
  before(async () => {
    server = await startServer();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the page has no serious or critical WCAG 2 A/AA violations, with the export panel open', async () => {
    const app = await openApp(browser, server.url);
    await app.page.getByRole('button', { name: /^Export/ }).click();
    await app.page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
    const result = (await app.page.evaluate(() =>
      (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
      }),
    )) as AxeResult;
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(
      bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`),
      [],
    );
    await app.context.close();
  });
});
