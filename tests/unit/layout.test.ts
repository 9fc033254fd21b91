import { describe, expect, test } from 'vitest';
import { layoutMode } from '../../src/ui/layout';

describe('where the panels go (issue #11)', () => {
  test('over one map on a wide window, beside two, under the map on a narrow one; the embed wins', () => {
    expect(layoutMode({ narrow: false, compare: 'off', embed: false })).toBe('overlay');
    expect(layoutMode({ narrow: false, compare: 'swipe', embed: false })).toBe('column');
    expect(layoutMode({ narrow: false, compare: 'side', embed: false })).toBe('column');
    for (const compare of ['off', 'swipe', 'side'] as const) {
      expect(layoutMode({ narrow: true, compare, embed: false })).toBe('stack');
      expect(layoutMode({ narrow: false, compare, embed: true })).toBe('embed');
      expect(layoutMode({ narrow: true, compare, embed: true })).toBe('embed');
    }
  });

  test('printed, the panels lie under the map as on a phone', () => {
    expect(layoutMode({ narrow: false, printing: true, compare: 'off', embed: false })).toBe('stack');
    expect(layoutMode({ narrow: false, printing: true, compare: 'side', embed: false })).toBe('stack');
  });
});
