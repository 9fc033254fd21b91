/**
 * What the layout tests read off the page (issue #11), in user terms: where the legend, the
 * controls, the popup and the area of change are on the screen, and what axe finds. Page
 * coordinates in CSS px. The driver owns the browser; this module only reads the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, waitIdle } from './driver';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
  /** What it is: a selector-like name, for messages. */
  name: string;
}

export const intersects = (a: Rect, b: Rect, slack = 0.5) =>
  Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > slack && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > slack;

export const show = (r: Rect) => `${r.name} [${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.w)}×${Math.round(r.h)}]`;

/** Selectors of everything that is a control, or lies over a map like one. */
const CONTROLS = '.maplibregl-ctrl, .compare-slider, .compare-tag, .swapmap-message';

/** The visible controls, each with its box. */
export async function controlBoxes(page: Page): Promise<Rect[]> {
  return page.evaluate((sel) => {
    const out: { x: number; y: number; w: number; h: number; name: string }[] = [];
    for (const e of document.querySelectorAll<HTMLElement>(sel)) {
      const r = e.getBoundingClientRect();
      const cs = getComputedStyle(e);
      if (r.width === 0 || r.height === 0 || cs.visibility === 'hidden' || e.closest('[hidden]')) continue;
      const cls = [...e.classList].filter((c) => c.startsWith('swapmap') || c.startsWith('compare') || /ctrl-(attrib|scale|group)$/.test(c));
      out.push({ x: r.left, y: r.top, w: r.width, h: r.height, name: cls.join('.') || e.tagName.toLowerCase() });
    }
    return out;
  }, CONTROLS);
}

/** The controls that lie over a map (inside a map's box), not beside or under it. */
export async function controlsOverMaps(page: Page): Promise<Rect[]> {
  const maps = await mapBoxes(page);
  return (await controlBoxes(page)).filter((c) => maps.some((m) => intersects(c, m)));
}

/** The boxes of the maps shown (one, or two in a comparison). */
export async function mapBoxes(page: Page): Promise<Rect[]> {
  return page.evaluate(() => {
    const app = window.swapmap!;
    return [app.map, app.after()].filter((m) => !!m).map((m, i) => {
      const r = m!.getContainer().getBoundingClientRect();
      return { x: r.left, y: r.top, w: r.width, h: r.height, name: i === 0 ? 'map' : 'after map' };
    });
  });
}

/**
 * The area of change of the scenario shown (its ceded and returned parts), projected on each
 * map: the box around every vertex, per map.
 */
export async function changeBoxes(page: Page): Promise<Rect[]> {
  return page.evaluate(() => {
    const app = window.swapmap!;
    const parts = app.results.get(app.state().scenario)!.parts.features.filter((f) => f.properties.part === 'cede' || f.properties.part === 'return');
    const out: { x: number; y: number; w: number; h: number; name: string }[] = [];
    for (const [i, m] of [app.map, app.after()].entries()) {
      if (!m) continue;
      const c = m.getContainer().getBoundingClientRect();
      let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (const f of parts) {
        const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
        for (const poly of polys) for (const ring of poly) for (const pos of ring) {
          const p = m.project([pos[0]!, pos[1]!]);
          x0 = Math.min(x0, p.x); y0 = Math.min(y0, p.y); x1 = Math.max(x1, p.x); y1 = Math.max(y1, p.y);
        }
      }
      out.push({ x: c.left + x0, y: c.top + y0, w: x1 - x0, h: y1 - y0, name: `area of change on the ${i === 0 ? 'map' : 'after map'}` });
    }
    return out;
  });
}

/** The legend's rows: the box of each shown row's swatch and text, and whether they are seen. */
export async function legendRows(page: Page): Promise<{ toggle: string; text: string; box: Rect; seen: boolean }[]> {
  return page.evaluate(() => {
    const rows = [...document.querySelectorAll<HTMLElement>('.swapmap-layers .swapmap-layer-row')].filter((r) => getComputedStyle(r).display !== 'none');
    return rows.map((row) => {
      const label = row.querySelector('label')!;
      const r = label.getBoundingClientRect();
      // Seen: inside the window, and the topmost thing at the swatch and at the text.
      const inView = r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
      // (No named functions in here: the test's TypeScript loader would wrap them in a helper the page has not got.)
      let seen = inView;
      for (const e of [label.querySelector('.swatch')!, label.querySelector('span:not(.swatch)')!]) {
        const b = e.getBoundingClientRect();
        const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
        seen &&= !!hit && (hit === e || e.contains(hit) || label.contains(hit));
      }
      return { toggle: row.dataset.toggle ?? '', text: label.textContent ?? '', box: { x: r.left, y: r.top, w: r.width, h: r.height, name: row.dataset.toggle ?? '' }, seen };
    });
  });
}

/**
 * The interactive elements a reader can see (buttons, fields, menus, sliders): in the window, or
 * anywhere on the page (`wholePage`, for print).
 */
export async function visibleControls(page: Page, wholePage = false): Promise<string[]> {
  return page.evaluate((whole) =>
    [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, summary, [role=button], [role=slider]')]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden' && (whole || (r.bottom > 0 && r.top < innerHeight));
      })
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? `.${String(e.className).split(' ')[0]}` : ''}`),
    wholePage,
  );
}

/** Whether an element is wholly inside the window and the topmost thing at its centre. */
export async function seen(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const e = document.querySelector(sel);
    if (!e) return false;
    const r = e.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.left < 0 || r.top < 0 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5) return false;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && (hit === e || e.contains(hit));
  }, selector);
}

/** The click popup's box, or null when none is shown. */
export async function popupBox(page: Page): Promise<Rect | null> {
  return page.evaluate(() => {
    const e = document.querySelector('.swapmap-identify');
    if (!e) return null;
    const r = e.getBoundingClientRect();
    return { x: r.left, y: r.top, w: r.width, h: r.height, name: 'popup' };
  });
}

/** Wait until the After map of a comparison has drawn. */
export async function waitAfterMap(page: Page): Promise<void> {
  await page.waitForFunction(() => window.swapmap!.after()?.loaded() === true, null, { timeout: 60_000 });
  await page.evaluate(
    () =>
      new Promise<void>((r) => {
        const m = window.swapmap!.after()!;
        m.once('idle', () => r());
        m.triggerRepaint();
      }),
  );
  await waitIdle(page);
}

/** axe-core's violations on the page, every rule and impact: "id: help (targets)". */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not
  // govern (see a11y.test.ts).
  await page.evaluate(`${readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8')}\n;undefined`);
  const result = (await page.evaluate(() => (window as unknown as { axe: { run: (ctx: unknown) => Promise<unknown> } }).axe.run(document))) as {
    violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
  };
  return result.violations.map((v) => `${v.id} [${v.impact}]: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}
