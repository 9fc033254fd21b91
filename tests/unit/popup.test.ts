import { describe, expect, test } from 'vitest';
import { placePopup, type Box } from '../../src/ui/identify_popup';

const overlaps = (a: Box, b: Box) => Math.min(a.x + a.w, b.x + b.w) > Math.max(a.x, b.x) && Math.min(a.y + a.h, b.y + b.h) > Math.max(a.y, b.y);
const inside = (b: Box, w: number, h: number) => b.x >= 0 && b.y >= 0 && b.x + b.w <= w && b.y + b.h <= h;

/** A phone's map (375×400) with the zoom and home buttons at the top right, the scale and the credits' button at the bottom. */
const PHONE = { w: 375, h: 400, controls: [{ x: 336, y: 10, w: 29, h: 58 }, { x: 336, y: 78, w: 29, h: 29 }, { x: 10, y: 368, w: 85, h: 22 }, { x: 341, y: 366, w: 24, h: 24 }] };

describe('where the click popup goes (issue #11: it never covers a control)', () => {
  test('above the point, its arrow on it, where there is room', () => {
    const r = placePopup({ x: 180, y: 200 }, 200, 60, PHONE.w, PHONE.h, PHONE.controls);
    expect(r.side).toBe('above');
    expect(r.box).toEqual({ x: 80, y: 128, w: 200, h: 60 });
    expect(r.arrow).toBe(100);
  });

  test('below the point near the top of the map, slid inside it near an edge', () => {
    const r = placePopup({ x: 40, y: 30 }, 200, 60, PHONE.w, PHONE.h, PHONE.controls);
    expect(r.side).toBe('below');
    expect(r.box.x).toBe(4);
    expect(r.arrow).toBe(36);
  });

  test('right under the zoom buttons: beside them, not over them', () => {
    const r = placePopup({ x: 350, y: 120 }, 259, 53, PHONE.w, PHONE.h, PHONE.controls);
    for (const c of PHONE.controls) expect(overlaps(r.box, c), `${JSON.stringify(r)} vs ${JSON.stringify(c)}`).toBe(false);
    expect(inside(r.box, PHONE.w, PHONE.h)).toBe(true);
  });

  test('between the tags, the slider and the credits at the bottom of a swipe: apart from the point, covering none', () => {
    const controls = [{ x: 10, y: 711, w: 391, h: 23 }, { x: 406, y: 711, w: 484, h: 23 }, { x: 180, y: 742, w: 540, h: 16 }, { x: 180, y: 756, w: 720, h: 44 }, { x: 10, y: 768, w: 85, h: 22 }];
    const r = placePopup({ x: 101, y: 762 }, 259, 53, 900, 800, controls);
    for (const c of controls) expect(overlaps(r.box, c)).toBe(false);
    expect(inside(r.box, 900, 800)).toBe(true);
    expect(r.side).toBe('apart');
  });

  test('random maps: it covers a control only where no free place exists at all', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    let covered = 0;
    for (let i = 0; i < 300; i++) {
      const W = 300 + Math.floor(rand() * 900), H = 250 + Math.floor(rand() * 600);
      const controls = Array.from({ length: 1 + Math.floor(rand() * 6) }, () => ({ x: rand() * W * 0.9, y: rand() * H * 0.9, w: 20 + rand() * 250, h: 20 + rand() * 150 }));
      const w = 120 + rand() * 180, h = 40 + rand() * 60;
      const p = { x: rand() * W, y: rand() * H };
      const r = placePopup(p, w, h, W, H, controls);
      const bad = !inside(r.box, W, H) || controls.some((c) => overlaps(r.box, c));
      if (!bad) continue;
      covered++;
      // Then no free place exists (4 px from the map's edges and from every control): a search
      // of the map every 2 px finds none.
      const grown = controls.map((c) => ({ x: c.x - 4, y: c.y - 4, w: c.w + 8, h: c.h + 8 }));
      for (let x = 4; x + w <= W - 4; x += 2)
        for (let y = 4; y + h <= H - 4; y += 2) expect(grown.some((c) => overlaps({ x, y, w, h }, c)), `free at ${x},${y} in case ${i}`).toBe(true);
    }
    expect(covered).toBeLessThan(30);
  });
});
