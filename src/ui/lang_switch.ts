/**
 * The language switch in the page's header (issue #12): one link per language, each written in
 * its own language (`lang`, `hreflang`), the current one marked. The language is part of the
 * link (`lang=uk`); choosing one writes it and reloads the page, which is then built in it.
 */
import { LANGS, lang, messagesOf, type Lang } from '../text/i18n';
import { parseHash, serializeHash } from '../state/state';
import { el } from './dom';

/** The page's hash with another language: the rest of the link as it is. */
export function hashWithLang(hash: string, to: Lang): string {
  return serializeHash({ ...parseHash(hash), lang: to });
}

/** The short names the switch shows, each in its own language. */
const SHORT: Record<Lang, string> = { en: 'EN', uk: 'УКР' };
/** Each language's name in itself, when its catalogue is not loaded (the link's title). */
const OWN_NAME: Record<Lang, string> = { en: 'English', uk: 'Українська' };

/** The switch, for the header; `go` reloads the page in another language (a test may replace it). */
export function langSwitch(label: string, go: (hash: string) => unknown = reloadWith): HTMLElement {
  const nav = el('nav', { className: 'lang-switch' });
  nav.setAttribute('aria-label', label);
  for (const l of LANGS) {
    const a = el('a', { textContent: SHORT[l], href: hashWithLang(location.hash, l), lang: l, hreflang: l, title: messagesOf(l)?.langName ?? OWN_NAME[l] });
    if (l === lang()) a.setAttribute('aria-current', 'true');
    a.addEventListener('click', (e) => {
      e.preventDefault();
      if (l !== lang()) go(hashWithLang(location.hash, l));
    });
    // The link follows the page's state (written to the hash as the reader moves the map).
    a.addEventListener('focus', () => (a.href = hashWithLang(location.hash, l)));
    a.addEventListener('pointerenter', () => (a.href = hashWithLang(location.hash, l)));
    nav.append(a);
  }
  return nav;
}

/** What must be kept before the page reloads in another language (the app's loaded files). */
const beforeSwitch: (() => Promise<unknown>)[] = [];
export function onBeforeLangSwitch(f: () => Promise<unknown>): void {
  beforeSwitch.push(f);
}

async function reloadWith(hash: string): Promise<void> {
  await Promise.all(beforeSwitch.map((f) => f().catch(() => undefined)));
  history.replaceState(null, '', hash);
  location.reload();
}
