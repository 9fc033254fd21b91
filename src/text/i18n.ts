/**
 * The page's language (issue #12): English and Ukrainian, one typed message catalogue each
 * (`messages/en.ts`, `messages/uk.ts`), numbers and dates through `Intl`. The language is chosen
 * once, before anything is drawn (the link's `lang=`, else the browser's languages), as MapLibre
 * takes its `locale` option once: switching reloads the page. English is in the first visit's
 * JavaScript; Ukrainian is fetched only when it is asked for ({@link useLang}).
 */
import { en, type Messages } from './messages/en';

export type { Messages };
export const LANGS = ['en', 'uk'] as const;
export type Lang = (typeof LANGS)[number];

const catalogues: Partial<Record<Lang, Messages>> = { en };
let current: Lang = 'en';

/** A language tag ('uk', 'uk-UA', 'en-GB') as one of ours, or null. */
export function langOf(tag: string | null | undefined): Lang | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(primary ?? '') ? (primary as Lang) : null;
}

/** The first of the browser's languages that we have; English when none is. */
export function browserLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const ours = langOf(l);
    if (ours) return ours;
  }
  return 'en';
}

/** Load a language's catalogue (Ukrainian is a chunk of its own) and make it the current one. */
export async function useLang(lang: Lang): Promise<void> {
  if (!catalogues[lang]) catalogues[lang] = (await import('./messages/uk')).uk;
  current = lang;
}

/** Register a catalogue that is already loaded (the CLI and the tests import both). */
export function setCatalogue(lang: Lang, messages: Messages): void {
  catalogues[lang] = messages;
}

/** Make a loaded language the current one; false (and no change) when its catalogue is not loaded. */
export function setLang(lang: Lang): boolean {
  if (!catalogues[lang]) return false;
  current = lang;
  return true;
}

/** The current language. */
export const lang = (): Lang => current;

/** The current language's catalogue. */
export const msg = (): Messages => catalogues[current] ?? en;

/** The catalogue of a language, if it is loaded. */
export const messagesOf = (l: Lang): Messages | undefined => catalogues[l];

/** The `Intl` locale of a language. */
export const locale = (l: Lang = current): string => (l === 'uk' ? 'uk-UA' : 'en-GB');

const numberFormats = new Map<string, Intl.NumberFormat>();
/** A number in the current language: grouped thousands, `digits` decimals (1 234,5 in Ukrainian, 1,234.5 in English). */
export function num(x: number, digits = 0, l: Lang = current): string {
  const key = `${l}|${digits}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale(l), { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  // -0 is written 0.
  return f.format(x + 0 === 0 ? 0 : x);
}

/** The plural forms a count takes: English has one/other, Ukrainian one/few/many/other. */
export interface Plural {
  one: string;
  few?: string;
  many?: string;
  other: string;
}
const pluralRules = new Map<Lang, Intl.PluralRules>();
/** The form of `forms` that `n` takes in the current language (`{n}` in a form is replaced by n, formatted). */
export function plural(n: number, forms: Plural, l: Lang = current): string {
  let r = pluralRules.get(l);
  if (!r) pluralRules.set(l, (r = new Intl.PluralRules(locale(l))));
  const cat = r.select(n) as keyof Plural | 'zero' | 'two';
  const form = (cat in forms ? forms[cat as keyof Plural] : undefined) ?? forms.other;
  return form.replace('{n}', num(n, Number.isInteger(n) ? 0 : 1, l));
}
