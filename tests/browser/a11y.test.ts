import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { openApp, ROOT } from './driver';
import { browserSession } from './session';


interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

describe('accessibility (axe-core)', () => {
  const s = browserSession();

  test('the page has no serious or critical WCAG 2 A/AA violations, with the export panel open', async () => {
    const app = await openApp(s.browser, s.url);
    await app.page.getByRole('button', { name: /^Export/ }).click();
    // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not
    // govern: addScriptTag would insert an inline <script>, which the policy rightly refuses.
    await app.page.evaluate(`${readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8')}\n;undefined`);
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
