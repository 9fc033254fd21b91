/**
 * The page's own words in the current language: the document's language, title and description,
 * the heading and the landmarks' names (index.html holds the English ones for a page without
 * JavaScript), and the language switch in the header.
 */
import { lang, msg } from '../text/i18n';
import { langSwitch } from './lang_switch';

export function applyPageText(): void {
  const p = msg().page;
  document.documentElement.lang = lang();
  document.title = p.title;
  document.querySelector('meta[name="description"]')?.setAttribute('content', p.description);
  const set = (id: string, text: string) => {
    const e = document.getElementById(id);
    if (e) e.textContent = text;
  };
  set('page-heading', p.heading);
  set('page-sub', p.sub);
  document.getElementById('map')?.setAttribute('aria-label', p.mapLabel);
  document.getElementById('figures')?.setAttribute('aria-label', p.figuresLabel);
  const tools = document.querySelector('.header-tools');
  if (tools && !tools.querySelector('.lang-switch')) tools.prepend(langSwitch(p.languages));
}
