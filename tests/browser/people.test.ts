/**
 * The people in the towns (issue #12) on the page: the figures panel's people rows for the
 * default scenario, and a click on a town.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { OblastCollection, TownCollection } from '../../src/data/types';
import type { Scenario } from '../../src/data/scenario';
import { readPlaces, type PlacesFile } from '../../src/data/places';
import { deriveLine } from '../../src/geometry/derive';
import { countPeople } from '../../src/geometry/people';
import { openApp, project, ROOT } from './driver';
import { browserSession } from './session';

const read = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
const oblasts = read('geodata/oblasts.geojson') as OblastCollection;
const towns = read('geodata/towns.geojson') as TownCollection;
const derived = deriveLine(oblasts, [read('geodata/scenarios/aug-2025.json') as Scenario], read('geodata/lines/2025-08-15.geojson'))!;
const places = readPlaces(read('geodata/places.json'), towns) as PlacesFile;
const people = countPeople(oblasts, derived.line, derived.results.get('aug-2025')!, places.places);
const kramatorsk = towns.features.find((f) => f.properties.name === 'Kramatorsk')!;
const n = (x: number) => x.toLocaleString('en-GB');

describe('people in the towns (#12)', () => {
  const s = browserSession();

  test('the figures panel shows the people in the towns ceded and returned, with the definition, the limits and the published estimate', async () => {
    const app = await openApp(s.browser, s.url);
    const panel = app.page.locator('#figures');
    const { cede, return: ret } = people.totals;
    assert.equal(await panel.locator('dd[data-figure="people-cede"]').innerText(), `${n(cede.people)} in ${cede.places} places`);
    assert.equal(await panel.locator('dd[data-figure="people-return"]').innerText(), `${n(ret.people)} in ${ret.places} places`);
    assert.match(await panel.locator('dt', { hasText: 'People in the towns ceded' }).innerText(), /pre-war figures/);
    const donetsk = panel.locator('.people tr[data-iso="UA-14"][data-part="cede"]');
    assert.match(await donetsk.innerText(), /Kramatorsk, Sloviansk, Kostiantynivka and \d+ more/);
    const def = await panel.locator('[data-figure="people-definition"]').innerText();
    assert.match(def, /pre-2022 figures/);
    assert.match(def, /1,000\+ people/);
    assert.match(def, /towns only, pre-war figures, people have left/);
    const estimate = await panel.locator('li[data-estimate="donetsk-ukrainian-held-2025-08-01"]').innerText();
    assert.match(estimate, /about 255,500 \(1 Aug 2025; Donetsk regional military administration, via LIGA\.net\)/);
    const own = people.oblasts.find((o) => o.iso === 'UA-14')!.ukrainianHeld;
    assert.ok(estimate.includes(`${n(own.people)} in ${own.places} places`), estimate);
    assert.deepEqual(app.errors, []);
    await app.context.close();
  });

  test('a click on a town shows its names in English and Ukrainian, its population, and who holds it now and after the proposal', async () => {
    const [lon, lat] = kramatorsk.geometry.coordinates as [number, number];
    const app = await openApp(s.browser, s.url, { hash: `#map=8/${lat}/${lon}&layers=line,cede,freeze,return&scenario=aug-2025&line=2025-08-15&compare=off` });
    const p = await project(app.page, [lon, lat]);
    await app.page.mouse.click(p.x, p.y);
    const popup = app.page.locator('.swapmap-identify[data-kind="town"]');
    // The "after" layer is off: who holds the town after the proposal is said all the same.
    await popup.waitFor();
    const text = await popup.innerText();
    assert.match(text, /^Kramatorsk · Краматорськ/);
    assert.equal(await popup.locator('span[lang="uk"]').innerText(), 'Краматорськ');
    assert.ok(text.includes(`Population: ${n(kramatorsk.properties.population)} (GeoNames, pre-2022 figure)`), text);
    assert.match(text, /Residents of Kramatorsk: about 80,000 \(Aug 2025; Novaya Gazeta Europe/);
    assert.match(text, /Ukrainian-controlled on 15 Aug 2025/);
    assert.match(text, /Proposal: Ukrainian-held land ceded to Russia: /);
    assert.match(text, /Proposal: Russian-controlled after/);
    // Away from any town (no dot within 20 px), in ceded land, the same click names the
    // area and the people of its part.
    const away = await app.page.evaluate(
      ({ lon, lat }) => {
        const map = window.swapmap!.map;
        const r = map.getContainer().getBoundingClientRect();
        for (const [dx, dy] of [[-0.3, 0], [-0.3, 0.15], [0, 0.3], [-0.2, -0.3], [0.3, 0.3]] as const) {
          const p = map.project([lon + dx, lat + dy]);
          const near = map.queryRenderedFeatures([[p.x - 20, p.y - 20], [p.x + 20, p.y + 20]], { layers: ['towns-dot'] });
          if (!near.length) return { x: p.x + r.left, y: p.y + r.top };
        }
        return null;
      },
      { lon, lat },
    );
    assert.ok(away, 'a point clear of towns near Kramatorsk');
    await app.page.mouse.click(away.x, away.y);
    await app.page.locator('.swapmap-identify[data-kind="area"]').waitFor();
    const area = await app.page.locator('.swapmap-identify').innerText();
    const part = people.parts.find((x) => x.iso === 'UA-14' && x.part === 'cede')!;
    assert.ok(area.includes(`Towns here: ${n(part.people)} people before the war, in ${part.places} places`), area);
    assert.deepEqual(app.errors, []);
    await app.context.close();
  });
});
