/**
 * The map's glyphs (issue #12): every character a map label can hold in either language — the
 * oblasts', towns' and waters' names in English and Ukrainian, the export's on-map totals — is in
 * the glyph PBFs the build wrote, which keep only part of the Cyrillic and punctuation ranges.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { en } from '../../src/text/messages/en';
import { uk } from '../../src/text/messages/uk';

const ROOT = join(import.meta.dirname, '../..');
const DIR = join(ROOT, 'geodata/static/fonts/Noto Sans Regular');

/** The fields of a protobuf message: tag, wire type, varint value or length-delimited payload. */
function* fields(b: Uint8Array): Generator<{ tag: number; value: number; payload: Uint8Array | null }> {
  let pos = 0;
  const varint = () => {
    let v = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = b[pos++]!;
      v += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return v;
    }
  };
  while (pos < b.length) {
    const key = varint();
    const wire = key & 7;
    if (wire === 0) yield { tag: key >> 3, value: varint(), payload: null };
    else if (wire === 2) {
      const len = varint();
      yield { tag: key >> 3, value: len, payload: b.subarray(pos, pos + len) };
      pos += len;
    } else pos += wire === 5 ? 4 : 8;
  }
}

/** The glyph ids (code points) of a PBF of MapLibre's glyphs.proto (glyphs → stacks(1) → glyph(3) → id(1)). */
function glyphIds(file: string): Set<number> {
  const ids = new Set<number>();
  for (const stack of fields(readFileSync(file))) {
    if (stack.tag !== 1 || !stack.payload) continue;
    for (const glyph of fields(stack.payload)) {
      if (glyph.tag !== 3 || !glyph.payload) continue;
      for (const f of fields(glyph.payload)) if (f.tag === 1) ids.add(f.value);
    }
  }
  return ids;
}

const read = (f: string) => JSON.parse(readFileSync(join(ROOT, 'geodata', f), 'utf8')) as GeoJSON.FeatureCollection<GeoJSON.Geometry, Record<string, unknown>>;

describe('glyphs for the labels of both languages', () => {
  const have = new Set(['0-255', '256-511', '1024-1279', '8192-8447'].flatMap((r) => [...glyphIds(join(DIR, `${r}.pbf`))]));
  test('the subset ranges are smaller than whole ones, and hold the Ukrainian alphabet and its apostrophe', () => {
    const cyr = glyphIds(join(DIR, '1024-1279.pbf'));
    expect(cyr.size).toBeLessThan(110);
    for (const c of 'АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯабвгґдеєжзиіїйклмнопрстуфхцчшщьюя') expect(cyr.has(c.codePointAt(0)!), c).toBe(true);
    expect(have.has(0x2019)).toBe(true);
  });
  test('every character of every name the map can write is there', () => {
    const texts: string[] = [];
    for (const f of ['oblasts.geojson', 'towns.geojson', 'water.geojson']) for (const x of read(f).features) texts.push(String(x.properties.name ?? ''), String(x.properties.name_uk ?? ''));
    texts.push(...Object.values(uk.geo.water));
    // The export's on-map totals: a part's label, a number, the unit.
    for (const c of [en, uk]) texts.push(...Object.values(c.parts).map((p) => p.label), c.common.km2, '0123456789 ,.:');
    const missing = [...new Set(texts.join('').toUpperCase() + texts.join(''))].filter((ch) => ch.trim() && !have.has(ch.codePointAt(0)!));
    expect(missing).toEqual([]);
  });
});
