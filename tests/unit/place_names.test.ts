// The display names of the places (geodata/build/places-table.mjs) and of the towns on the map
// (geodata/build/towns-table.mjs): each English name must be the national transliteration of
// its Ukrainian one, so a typo on either side, or a GeoNames spelling left in, fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';

type Names = Record<string, [string, string]>;
const ROOT = join(import.meta.dirname, '../..');
const table = async (file: string) => (await import(pathToFileURL(join(ROOT, 'geodata/build', file)).href)) as Record<string, unknown>;
const { UA_PLACES } = (await table('places-table.mjs')) as { UA_PLACES: Names };
const { UA_TOWNS } = (await table('towns-table.mjs')) as { UA_TOWNS: Names };

/**
 * Ukraine's national transliteration (Cabinet of Ministers resolution No. 55, 27 January 2010):
 * letter by letter, є ї й ю я written ye yi y yu ya at the start of a word, зг as zgh, the soft
 * sign and the apostrophe dropped.
 */
const LETTERS: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', '’': '',
};
const INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

function translitWord(word: string): string {
  const lower = word.toLowerCase();
  let out = '';
  for (const [i, c] of [...lower].entries()) {
    const t = c === 'г' && lower[i - 1] === 'з' ? 'gh' : i === 0 && INITIAL[c] ? INITIAL[c] : LETTERS[c];
    if (t === undefined) throw new Error(`no transliteration for “${c}” in ${word}`);
    out += t;
  }
  return word[0] !== lower[0] ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

/** Word by word: spaces and hyphens are kept. */
const translit = (name: string): string =>
  name
    .split(/([ -])/)
    .map((w) => (w === ' ' || w === '-' || w === '' ? w : translitWord(w)))
    .join('');

/**
 * Towns whose English name is not the transliteration of the Ukrainian one, with the reason.
 * None today: conventional forms such as Kyiv are the transliteration too.
 */
const TOWN_EXCEPTIONS: Record<string, string> = {};

const mismatches = (names: Names, except: Record<string, string> = {}) =>
  Object.entries(names)
    .filter(([id, [name, uk]]) => !(id in except) && translit(uk) !== name)
    .map(([id, [name, uk]]) => `${id} ${name} ≠ ${translit(uk)} (${uk})`);

describe('transliteration', () => {
  test('follows the 2010 rules', () => {
    expect(translit('Згурівка')).toBe('Zghurivka');
    expect(translit('Єнакієве')).toBe('Yenakiieve');
    expect(translit('Їжакевич')).toBe('Yizhakevych');
    expect(translit('Йосипівка')).toBe('Yosypivka');
    expect(translit('Юрій')).toBe('Yurii');
    expect(translit('Яготин')).toBe('Yahotyn');
    expect(translit('Слов’янськ')).toBe('Sloviansk');
    expect(translit('Стрий')).toBe('Stryi');
    expect(translit('Біла Церква')).toBe('Bila Tserkva');
    expect(translit('Асканія-Нова')).toBe('Askaniia-Nova');
    expect(translit('Щастя')).toBe('Shchastia');
    expect(() => translit('Сhornobai')).toThrow();
  });
});

describe('display-name tables', () => {
  test('every place name is the transliteration of its Ukrainian name', () => {
    expect(Object.keys(UA_PLACES).length).toBeGreaterThan(200);
    expect(mismatches(UA_PLACES)).toEqual([]);
  });

  test('every town name is the transliteration of its Ukrainian name, but for the exceptions', () => {
    expect(mismatches(UA_TOWNS, TOWN_EXCEPTIONS)).toEqual([]);
    expect(Object.keys(TOWN_EXCEPTIONS).filter((id) => !(id in UA_TOWNS))).toEqual([]);
  });

  test('Ukrainian names use the typographic apostrophe and Ukrainian letters only', () => {
    const bad = [...Object.values(UA_PLACES), ...Object.values(UA_TOWNS)].filter(([, uk]) => !/^[А-ЩЬЮЯЄІЇҐа-щьюяєіїґ’ -]+$/.test(uk));
    expect(bad).toEqual([]);
  });

  // The build fails for a selected place missing from the table or an entry no longer selected,
  // and tests/unit/geodata.test.ts rebuilds places.json byte for byte: here, its rows and the
  // table's entries match one to one (the rows carry names, not GeoNames ids).
  test('the rows of places.json and the entries of the table match one to one', () => {
    const file = JSON.parse(readFileSync(join(ROOT, 'geodata/places.json'), 'utf8')) as { places: [number, number, number, string, string][] };
    const rows = file.places.map((r) => `${r[3]} | ${r[4]}`).sort();
    const entries = Object.values(UA_PLACES).map(([name, uk]) => `${name} | ${uk}`).sort();
    expect(rows).toEqual(entries);
  });
});
