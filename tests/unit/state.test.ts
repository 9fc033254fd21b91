import { describe, expect, test } from 'vitest';
import { clampCamera, DEFAULT_CAMERA, DEFAULT_STATE, parseHash, serializeHash, setLayer, VIEW_LIMITS } from '../../src/state/state';

describe('URL hash state', () => {
  test('round-trips a full state', () => {
    const s = { ...DEFAULT_STATE, camera: { center: [37.5512, 48.7211] as [number, number], zoom: 8.25 }, layers: setLayer(DEFAULT_STATE, 'pre2022', true).layers, scenario: 'nov-2025', compare: 'swipe' as const };
    expect(parseHash(serializeHash(s))).toEqual(s);
  });

  test('serialises the default view to a stable string', () => {
    expect(serializeHash(DEFAULT_STATE)).toBe('#map=5.9/48.35/35.6&layers=line,cede,freeze,return&scenario=aug-2025&line=&compare=off');
    // The app writes the line it shows; the state's own default names none (the latest built-in line is data).
    expect(parseHash('#line=2025-08-15').line).toBe('2025-08-15');
    expect(parseHash('#line=file-2026-11-30-0123abcd').line).toBe('file-2026-11-30-0123abcd');
    expect(parseHash('#line=file-2026-11-30-xyz').line).toBe('');
  });

  test('falls back to defaults for garbage, without throwing', () => {
    for (const h of ['', '#', '#map=abc', '#map=99/1/2', '#map=5/95/10', '#layers=<script>', '#scenario=../../etc', '#compare=up', '#line=2025-13', '%%%', '#map=5/48/36/7']) {
      const s = parseHash(h);
      expect(s.scenario).toBe(DEFAULT_STATE.scenario);
      expect(s.compare).toBe(DEFAULT_STATE.compare);
      expect(s.layers).toEqual(DEFAULT_STATE.layers);
    }
    expect(parseHash('#map=abc').camera).toEqual(DEFAULT_STATE.camera);
  });

  test('an empty layers value means no overlays', () => {
    expect(parseHash('#layers=').layers).toEqual([]);
  });

  test('keeps overlays in panel order and drops unknown names', () => {
    expect(parseHash('#layers=return,bogus,line').layers).toEqual(['line', 'return']);
  });

  test.each([
    ['a zoom and a corner past every limit', '#map=22/85/180', 'map=12/54/44'],
    ['a negative zero zoom', '#map=-0/48/37', 'map=4/48/37'],
    ['a zoom below the least', '#map=3.5/48.5/37.25', 'map=4/48.5/37.25'],
    ['a zoom above the most', '#map=12.01/48.5/37.25', 'map=12/48.5/37.25'],
    ['a centre west of the bounds', '#map=6/48/10', 'map=6/48/20'],
    ['a centre east of the bounds', '#map=6/48/60', 'map=6/48/44'],
    ['a centre south of the bounds', '#map=6/-30/37', 'map=6/42/37'],
    ['a centre north of the bounds', '#map=6/70/37', 'map=6/54/37'],
    ['the far corner', '#map=0/-85/-180', 'map=4/42/20'],
  ])('clamps %s into the view limits, in the state and in the link it writes', (_, hash, camera) => {
    const parsed = parseHash(`${hash}&scenario=nov-2025&compare=swipe`);
    const link = serializeHash(parsed);
    expect(link.split('&')[0]).toBe(`#${camera}`);
    // The link round-trips: parsed again, it is the same state and the same link.
    expect(parseHash(link)).toEqual(parsed);
    expect(serializeHash(parseHash(link))).toBe(link);
    // Only the camera is clamped: the rest of the hash is read as before.
    expect(parsed).toMatchObject({ scenario: 'nov-2025', compare: 'swipe', layers: DEFAULT_STATE.layers });
  });

  test('keeps a camera inside the limits as it is, including at the limits', () => {
    for (const h of ['#map=4/42/20', '#map=12/54/44', '#map=8.25/48.7211/37.5512']) expect(serializeHash(parseHash(h)).split('&')[0]).toBe(h);
    expect(clampCamera(DEFAULT_CAMERA)).toEqual(DEFAULT_CAMERA);
  });

  test('a value that is no camera at all still falls back to the default camera', () => {
    for (const h of ['#map=99/1/2', '#map=5/95/10', '#map=5/48/200', '#map=NaN/48/37', '#map=Infinity/48/37', '#map=5/48']) {
      expect(parseHash(h).camera).toEqual(DEFAULT_STATE.camera);
    }
  });

  test('clamps to the limits it is given (the Map constructor gets the same VIEW_LIMITS)', () => {
    const limits = { minZoom: 0, maxZoom: 2, maxBounds: [[-10, -5], [10, 5]] as [[number, number], [number, number]] };
    expect(clampCamera({ center: [-0, 50], zoom: -0 }, limits)).toEqual({ center: [0, 5], zoom: 0 });
    expect(Object.is(clampCamera({ center: [-0, -0], zoom: -0 }, limits).zoom, 0)).toBe(true);
    expect(parseHash('#map=7/-20/30', DEFAULT_STATE, limits).camera).toEqual({ center: [10, -5], zoom: 2 });
    expect(VIEW_LIMITS).toEqual({ minZoom: 4, maxZoom: 12, maxBounds: [[20, 42], [44, 54]] });
  });
});

describe('the swipe position, the embed and the About dialog in the link (issue #11)', () => {
  test('a swipe link keeps where the maps divide', () => {
    const s = { ...DEFAULT_STATE, compare: 'swipe' as const, swipe: 37.5 };
    const link = serializeHash(s);
    expect(link).toBe('#map=5.9/48.35/35.6&layers=line,cede,freeze,return&scenario=aug-2025&line=&compare=swipe&swipe=37.5');
    expect(parseHash(link)).toEqual(s);
    expect(parseHash('#compare=swipe&swipe=0').swipe).toBe(0);
    expect(parseHash('#compare=swipe&swipe=100').swipe).toBe(100);
  });

  test('the swipe position is written only in swipe mode, and a bad one falls back to the middle', () => {
    expect(serializeHash({ ...DEFAULT_STATE, compare: 'side', swipe: 20 })).not.toMatch(/swipe=/);
    expect(serializeHash({ ...DEFAULT_STATE, swipe: 20 })).not.toMatch(/swipe=/);
    for (const h of ['#compare=swipe&swipe=101', '#compare=swipe&swipe=-5', '#compare=swipe&swipe=abc', '#compare=swipe&swipe=', '#compare=swipe&swipe=1e2', '#compare=swipe&swipe=Infinity']) {
      expect(parseHash(h).swipe).toBe(50);
    }
  });

  test('embed=1 (or a bare embed) makes an embed, and stays in the link', () => {
    expect(parseHash('#embed=1').embed).toBe(true);
    expect(parseHash('#map=6/48/37&embed').embed).toBe(true);
    expect(parseHash('#embed=0').embed).toBe(false);
    expect(parseHash('').embed).toBe(false);
    const s = { ...DEFAULT_STATE, embed: true };
    expect(serializeHash(s)).toMatch(/&embed=1$/);
    expect(parseHash(serializeHash(s))).toEqual(s);
  });

  test('#about opens the About dialog, alone, appended as a key, or appended after a link with its own hash', () => {
    expect(parseHash('#about')).toEqual({ ...DEFAULT_STATE, about: true });
    const link = serializeHash({ ...DEFAULT_STATE, scenario: 'nov-2025', compare: 'side' });
    expect(parseHash(`${link}&about`)).toEqual({ ...DEFAULT_STATE, scenario: 'nov-2025', compare: 'side', about: true });
    // "<page URL>#about", where the page URL is a link with a hash: the rest of it still reads.
    expect(parseHash(`${link}#about`)).toEqual({ ...DEFAULT_STATE, scenario: 'nov-2025', compare: 'side', about: true });
    expect(serializeHash({ ...DEFAULT_STATE, about: true })).toMatch(/&about$/);
    expect(parseHash(link).about).toBe(false);
  });
});

describe('a scenario and the date of the line', () => {
  test('days between dates, and the note when a scenario is shown on a line more than a month away', async () => {
    const { daysBetween, scenarioLineGap } = await import('../../src/data/dates');
    expect(daysBetween('2025-08-15', '2025-11-20')).toBe(97);
    expect(daysBetween('2025-11-20', '2025-08-15')).toBe(-97);
    expect(daysBetween('', '2025-08-15')).toBeNull();
    // The August proposal on the summit's line: no note. The 28-point plan on it: one, in months.
    expect(scenarioLineGap('2025-08-16', '2025-08-15')).toBe('');
    expect(scenarioLineGap('2025-11-20', '2025-08-15')).toBe(
      'This version was reported on 20 Nov 2025; the line shown is of 15 Aug 2025, 3 months earlier: the areas it would move are those of this line, not of the line the reports spoke of.',
    );
    expect(scenarioLineGap('2025-08-16', '2025-10-01')).toMatch(/46 days later/);
    expect(scenarioLineGap('2025-08-16', '')).toBe('');
  });
});

describe('the line nearest a scenario’s date, and compare two dates in the link', () => {
  test('nearestDate picks the closest date, the earlier on a tie, and ignores non-dates', async () => {
    const { nearestDate } = await import('../../src/data/dates');
    const monthly = ['2025-08-15', '2025-09-15', '2025-10-15', '2025-11-15', '2025-12-15'];
    expect(nearestDate('2025-11-20', monthly)).toBe('2025-11-15');
    expect(nearestDate('2025-09-30', ['2025-10-15', '2025-09-15'])).toBe('2025-09-15');
    expect(nearestDate('2030-01-01', monthly)).toBe('2025-12-15');
    expect(nearestDate('2025-11-20', ['', 'x'])).toBeNull();
  });

  test('vs= round-trips, is left out of the link when unset, and an invalid one is ignored', () => {
    const s = parseHash('#line=file-2026-11-01-0123abcd&vs=2025-08-15');
    expect(s.vs).toBe('2025-08-15');
    expect(serializeHash(s)).toMatch(/&vs=2025-08-15$/);
    expect(parseHash(serializeHash(s))).toEqual(s);
    expect(serializeHash(DEFAULT_STATE)).not.toMatch(/vs=/);
    expect(parseHash('#vs=<script>').vs).toBe('');
  });
});
