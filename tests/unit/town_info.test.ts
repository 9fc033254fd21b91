import { describe, expect, test } from 'vitest';
import { identifyAt } from '../../src/ui/identify';
import { identifyTown } from '../../src/ui/town_info';
import { inputs, inside, result, townId as id, towns } from './default_line';

describe('identifyTown: a town clicked on the map', () => {
  test('Kramatorsk: both names, its population, the published estimate, then the area: Ukrainian-held now, ceded (with its people), Russian-held after', () => {
    const cede = result.parts.features.find((f) => f.properties.iso === 'UA-14' && f.properties.part === 'cede')!.properties;
    expect(identifyTown(id('Kramatorsk'), inputs)).toEqual({
      name: 'Kramatorsk',
      name_uk: 'Краматорськ',
      rows: [
        'Donetsk oblast',
        'Population: 173,700 (GeoNames, pre-2022 figure)',
        'Residents of Kramatorsk: about 80,000 (Aug 2025; Novaya Gazeta Europe, 18 Aug 2025; Kyiv Independent)',
        'Ukrainian-controlled on 15 Aug 2025',
        `Proposal: Ukrainian-held land ceded to Russia: ${Math.round(cede.areaKm2).toLocaleString('en-GB')} km² in this oblast, ${(cede.shareOfOblast * 100).toFixed(1)} % of it`,
        'Towns here: 685,735 people before the war, in 16 places of 1,000+ (Kramatorsk, Sloviansk, Kostiantynivka…)',
        'Proposal: Russian-controlled after',
      ],
    });
  });

  test('who holds it is said whatever overlays are shown; the part only when its overlay is', () => {
    expect(identifyTown(id('Kramatorsk'), { ...inputs, layers: [] })!.rows.slice(3)).toEqual(['Ukrainian-controlled on 15 Aug 2025', 'Proposal: Russian-controlled after']);
  });

  test('Melitopol stays Russian-held (line frozen); Vovchansk is returned; Zaporizhzhia stays Ukrainian-held', () => {
    const last = (name: string) => identifyTown(id(name), { ...inputs, layers: ['line', 'proposed'] })!.rows.slice(-2);
    expect(last('Melitopol')).toEqual(['Russian-controlled on 15 Aug 2025', 'Proposal: Russian-controlled after']);
    expect(last('Vovchansk')).toEqual(['Russian-controlled on 15 Aug 2025', 'Proposal: Ukrainian-controlled after']);
    expect(last('Zaporizhzhia')).toEqual(['Ukrainian-controlled on 15 Aug 2025', 'Proposal: Ukrainian-controlled after']);
    expect(identifyTown(id('Vovchansk'), inputs)!.rows).toContain('Towns here: 23,808 people before the war, in 2 places of 1,000+ (Vovchansk, Dvorichna)');
  });

  test('a town outside Ukraine: its country and population, no sides; an unknown id: nothing', () => {
    const belgorod = identifyTown(id('Belgorod'), inputs)!;
    expect(belgorod.rows).toEqual(['Russia', `Population: ${towns.features.find((f) => f.properties.name === 'Belgorod')!.properties.population.toLocaleString('en-GB')} (GeoNames, pre-2022 figure)`]);
    expect(identifyTown(1, inputs)).toBeNull();
  });
});

describe('identifyAt: the people of the part clicked', () => {
  test('ceded Donetsk: the towns inside, their pre-war population and the largest, after the part\'s area', () => {
    const r = identifyAt(inside('cede', 'UA-14'), inputs)!;
    expect(r.rows[1]).toMatch(/^Proposal: Ukrainian-held land ceded to Russia: /);
    expect(r.rows[2]).toBe('Towns here: 685,735 people before the war, in 16 places of 1,000+ (Kramatorsk, Sloviansk, Kostiantynivka…)');
  });

  test('a part with no listed place says so; without the town list, no people row', () => {
    const sumy = identifyAt(inside('return', 'UA-59'), inputs)!;
    expect(sumy.rows).toContain('No town or village of 1,000+ people in this part (GeoNames)');
    expect(identifyAt(inside('cede', 'UA-14'), { ...inputs, people: null })!.rows.some((r) => r.startsWith('Towns here'))).toBe(false);
  });
});
