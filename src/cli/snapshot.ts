/**
 * `npm run snapshot -- --out FILE.png [--state HASH] [--size 1200x630] [--scale 2] [--title TEXT] [--credit-url URL] [--lang en|uk]`:
 * the same composed PNG as the Export control, rendered by the built app in headless Chromium.
 * --lang uk opens the page with `lang=uk` in its link: the image is composed in Ukrainian, and the
 * command's own messages are in Ukrainian too.
 *
 * The map frames the scenario's area of change, with its totals labelled, unless --state gives a
 * camera (`map=ZOOM/LAT/LON`): then that view, whole in the image's map. --credit-url is the
 * address of the method & sources printed in the credit (without it the credit names none: the
 * page the command draws is served from this machine).
 *
 * --size is the image size in px (a preset such as 1200x630, 1080x1080, 1754x1240, or any
 * WIDTHxHEIGHT); without it the image is the app's map view (in a 1200×800 window) at --scale.
 * --scale is image px per CSS px, 0.5–8 (default: the preset's, else 1). --title is at most as
 * long as the page's title field takes. Missing directories of --out are created.
 * Exits 2 with a one-line message on bad input (checked before anything is built or rendered)
 * or a missing Chromium, 1 when rendering fails.
 */
import { existsSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtInLineDates, readScenarios } from './scenario_files';
import { parseSnapshotArgs, prepareOutput, useArgLang } from './snapshot_args';
import { msg, plural, setCatalogue } from '../text/i18n';
import { uk } from '../text/messages/uk';

setCatalogue('uk', uk);
useArgLang(process.argv.slice(2));

const ROOT = resolve(import.meta.dirname, '../..');

function fail(message: string, code = 2): never {
  process.stderr.write(`snapshot: ${message}\n`);
  process.exit(code);
}

/** Newest modification time under a directory, ms (node_modules skipped). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = st.mtimeMs;
  for (const e of readdirSync(path)) if (e !== 'node_modules') t = Math.max(t, newest(join(path, e)));
  return t;
}

/** Build dist/ when it is missing or older than the sources or the data. */
async function ensureBuilt(): Promise<void> {
  const index = join(ROOT, 'dist/index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sources = Math.max(newest(join(ROOT, 'src')), newest(join(ROOT, 'geodata')), newest(join(ROOT, 'index.html')));
  if (built >= sources) return;
  process.stderr.write(msg().cli.building);
  const { build } = await import('vite');
  await build({ root: ROOT, logLevel: 'warn' });
}

async function main(): Promise<void> {
  let scenarioIds: string[];
  try {
    scenarioIds = readScenarios().map((sc) => sc.id);
  } catch (e) {
    fail((e as Error).message);
  }
  const args = parseSnapshotArgs(process.argv.slice(2), { scenarioIds, lineDates: builtInLineDates() });
  if (!args.ok) fail(args.error);
  const { out, size, scale, title, lines, date, dates, creditUrl } = args.value;
  const c = msg().cli;
  // A built-in line's date is a state of the link.
  const hash = date && !lines.length ? `${args.value.hash || '#'}${args.value.hash.length > 1 ? '&' : ''}line=${date}` : args.value.hash;
  for (const l of lines) {
    let st;
    try {
      st = statSync(l);
    } catch {
      fail(c.noSuchLine(JSON.stringify(l)));
    }
    if (!st.isFile()) fail(c.lineNotRegular(JSON.stringify(l)));
  }
  const output = prepareOutput(out);
  if (!output.ok) fail(output.error);
  const { target, tmp, discard } = output.value;
  let written = false;
  // Whatever ends the command before the image is in place, leave nothing behind: an error,
  // or Ctrl+C or a kill during the render (a signal alone ends Node without 'exit').
  process.on('exit', () => written || discard());
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) process.once(signal, () => process.exit(code));

  // The browser driver and Vite are loaded only once the input is known to be good, so that
  // bad input is refused at once (loading them takes ~2 s).
  const { chromiumPath, launch, openApp, startServer } = await import('../../tests/browser/driver');
  try {
    chromiumPath();
  } catch (e) {
    fail((e as Error).message);
  }

  await ensureBuilt();
  const server = await startServer();
  const browser = await launch();
  try {
    const app = await openApp(browser, server.url, { hash, width: 1200, height: 800 });
    const page = app.page;
    const drawn = () => page.evaluate(() => performance.getEntriesByName('swapmap:line-drawn').length);
    const waitDrawn = (n: number) => page.waitForFunction((k) => performance.getEntriesByName('swapmap:line-drawn').length > k, n, { timeout: 300_000 });
    if (lines.length) {
      // As a reader loads them: the page's own reader, in its worker, with its own words on refusal.
      const before = await drawn();
      await page.setInputFiles('#line-file', lines.map((l) => resolve(l)));
      await page.waitForFunction(() => !!document.querySelector('.swapmap-message:not([hidden])'), null, { timeout: 300_000 });
      const m = await page.evaluate(() => {
        const e = document.querySelector<HTMLElement>('.swapmap-message')!;
        return { kind: e.dataset.kind, text: e.querySelector('span')?.textContent ?? '' };
      });
      if (m.kind === 'error') fail(c.lineRefused(m.text.trim()));
      await waitDrawn(before);
      if (date) {
        const n = await drawn();
        const ok = await page.evaluate((d) => window.swapmap!.showDate!(d), date);
        if (!ok) fail(c.noLineOfDate(date));
        if (!(await page.evaluate(() => window.swapmap!.state().line)).includes(date)) fail(c.dateNotShown(date));
        await waitDrawn(n).catch(() => undefined);
      }
    }
    const r = dates
      ? await page.evaluate((o) => window.swapmap!.exportMultiples!(o.dates, { scale: o.scale, encoding: 'base64', ...(o.title ? { title: o.title } : {}) }), { dates, scale, title })
      : await page.evaluate((o) => window.swapmap!.exportPng!({ ...o, encoding: 'base64' }), {
          scale,
          ...(size ? { size } : {}),
          ...(title ? { title } : {}),
          // A camera asked for is the view to draw; without one, the story's area of change.
          frame: /(^|[#&])map=/.test(hash) ? ('view' as const) : ('change' as const),
          creditUrl: creditUrl ?? null,
        });
    if (!r.ok) fail(c.noImage(r.error), 1);
    // Written beside the target, then renamed: a reader never sees half a PNG.
    writeFileSync(tmp, Buffer.from(r.base64!, 'base64'));
    renameSync(tmp, target);
    written = true;
    const what = 'dates' in r ? plural(r.dates.length, c.wroteDates) : c.wroteMap(r.map.width, r.map.height, r.map.x, r.map.y, r.frame === 'change');
    process.stdout.write(c.wroteImage(out, r.width, r.height, what, r.fileName, r.ms));
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: Error) => fail(e.message.split('\n')[0]!, 1));
