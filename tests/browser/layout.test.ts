/**
 * The page's layout at the sizes and in the modes readers meet it (issue #11): the legend in
 * sight without a tap, no control over the area of change at the home view, no popup over a
 * control, axe clean. The embed, print and the rest: page_modes.test.ts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openApp, screenshot, waitIdle, type AppPage } from './driver';
import {
  axeViolations,
  changeBoxes,
  controlBoxes,
  controlsOverMaps,
  intersects,
  legendRows,
  mapBoxes,
  popupBox,
  show,
  waitAfterMap,
  type Rect,
} from './layout_probe';
import { browserSession } from './session';

const CASES = [
  { name: 'phone 375×667', width: 375, height: 667, hash: '' },
  { name: 'phone 375×812', width: 375, height: 812, hash: '' },
  { name: 'tablet 768×1024', width: 768, height: 1024, hash: '' },
  { name: 'desktop 1280×800', width: 1280, height: 800, hash: '' },
  { name: 'swipe 1280×800', width: 1280, height: 800, hash: '#compare=swipe' },
  { name: 'side by side 1280×800', width: 1280, height: 800, hash: '#compare=side' },
  { name: 'swipe on a phone 375×667', width: 375, height: 667, hash: '#compare=swipe' },
  { name: 'side by side on a phone 375×667', width: 375, height: 667, hash: '#compare=side' },
  { name: 'side by side 768×1024', width: 768, height: 1024, hash: '#compare=side' },
];

/** Click the map at page point (x, y); the popup's box, or null when the point names no oblast. */
async function clickForPopup(page: Page, x: number, y: number): Promise<Rect | null> {
  await page.keyboard.press('Escape');
  await page.mouse.click(x, y);
  await page.waitForTimeout(50);
  return popupBox(page);
}

describe('layout (issue #11)', () => {
  const s = browserSession();

  for (const c of CASES) {
    describe(c.name, () => {
      let app: AppPage;
      before(async () => {
        app = await openApp(s.browser, s.url, { width: c.width, height: c.height, hash: c.hash });
        if (c.hash.includes('compare')) await waitAfterMap(app.page);
        await screenshot(app.page, `layout-${c.name.replace(/[^a-z0-9]+/gi, '-')}`);
      });
      after(async () => app.context.close());

      test('the legend is in sight without a tap: every row, swatch and text', async () => {
        const rows = await legendRows(app.page);
        assert.equal(rows.length, 6, `six rows: ${rows.map((r) => r.toggle)}`);
        const hidden = rows.filter((r) => !r.seen);
        assert.deepEqual(hidden.map((r) => `${r.text} ${show(r.box)}`), [], 'rows out of sight or covered');
        if (c.hash.includes('compare')) {
          // One legend for both maps: the After map's layers are marked.
          const marked = await app.page.$$eval('.swapmap-layers .after-mark:not([hidden])', (m) => m.map((e) => e.closest<HTMLElement>('.swapmap-layer-row')!.dataset.toggle));
          assert.deepEqual(marked, ['cede', 'return', 'proposed']);
        }
      });

      test('at the home view no control lies over the area of change, which is in view', async () => {
        const areas = await changeBoxes(app.page);
        const maps = await mapBoxes(app.page);
        assert.equal(areas.length, c.hash.includes('compare') ? 2 : 1);
        for (const [i, a] of areas.entries()) {
          const m = maps[i]!;
          assert.ok(a.x >= m.x && a.y >= m.y && a.x + a.w <= m.x + m.w && a.y + a.h <= m.y + m.h, `${show(a)} inside ${show(m)}`);
          // Big enough to read: the framing is not a postage stamp.
          assert.ok(a.w > 60 && a.h > 60, `${show(a)} large enough`);
        }
        const controls = await controlBoxes(app.page);
        const over = controls.flatMap((ctl) => areas.filter((a) => intersects(ctl, a)).map((a) => `${show(ctl)} over ${show(a)}`));
        assert.deepEqual(over, []);
      });

      if (c.hash.includes('compare')) {
        test('no control lies on one of the two maps, and each map\'s tag names its layers', async () => {
          const onMaps = (await controlsOverMaps(app.page)).filter((r) => !/attrib|scale|compare-tag|compare-slider/.test(r.name));
          assert.deepEqual(onMaps.map(show), []);
          const tags = await app.page.$$eval('.compare-tag', (t) => t.map((e) => e.textContent));
          assert.match(tags[0]!, /^Now: Russian-controlled, 15 Aug 2025/);
          assert.match(tags[1]!, /^After: ceded, returned, Russian-controlled after · Reported proposal of August 2025$/);
        });
      }

      test('axe finds no violation of any impact', async () => {
        assert.deepEqual(await axeViolations(app.page), []);
      });

      test('a popup never covers a control: clicked beside each control over a map, and in the middle', async () => {
        const { page } = app;
        // Ukraine fills the map(s), so that a click beside any control lands in an oblast.
        await page.evaluate(() => window.swapmap!.map.jumpTo({ center: [34.9, 48.6], zoom: 7.2 }));
        await waitIdle(page);
        const maps = await mapBoxes(page);
        const controls = await controlBoxes(page);
        const points: [number, number][] = maps.map((m) => [m.x + m.w / 2, m.y + m.h / 2]);
        for (const ctl of await controlsOverMaps(page)) {
          const m = maps.find((mm) => intersects(ctl, mm))!;
          const cx = Math.min(Math.max(ctl.x + ctl.w / 2, m.x + 8), m.x + m.w - 8);
          const cy = Math.min(Math.max(ctl.y + ctl.h / 2, m.y + 8), m.y + m.h - 8);
          const atTop = ctl.y + ctl.h / 2 < m.y + m.h / 2;
          const atLeft = ctl.x + ctl.w / 2 < m.x + m.w / 2;
          // Just under (over) a control at the top (bottom), and just beside it towards the middle.
          points.push([cx, atTop ? ctl.y + ctl.h + 6 : ctl.y - 6]);
          points.push([atLeft ? ctl.x + ctl.w + 6 : ctl.x - 6, cy]);
        }
        let checked = 0;
        const bad: string[] = [];
        for (const [x, y] of points) {
          if (!maps.some((m) => x > m.x && x < m.x + m.w && y > m.y && y < m.y + m.h)) continue;
          const popup = await clickForPopup(page, x, y);
          if (!popup) continue;
          checked++;
          for (const ctl of controls) if (intersects(popup, ctl)) bad.push(`click at ${Math.round(x)},${Math.round(y)}: ${show(popup)} covers ${show(ctl)}`);
          if (popup.x < -0.5 || popup.y < -0.5 || popup.x + popup.w > c.width + 0.5) bad.push(`click at ${Math.round(x)},${Math.round(y)}: ${show(popup)} leaves the window`);
        }
        assert.deepEqual(bad, []);
        assert.ok(checked >= Math.min(3, points.length), `popups checked: ${checked} of ${points.length} clicks`);
        assert.deepEqual(app.errors, []);
      });
    });
  }
});
