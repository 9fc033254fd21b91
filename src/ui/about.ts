import type { Scenario } from '../data/scenario';
import { shortDate } from '../data/dates';
import type { AboutText } from '../text/about/en';
import { lang, msg } from '../text/i18n';
import { citation, el } from './dom';
import './about.css';

/**
 * The About text of the page's language: a chunk of its own per language, loaded with this
 * module (which is itself loaded when the dialog first opens). The page's language does not
 * change without a reload.
 */
const ABOUT: AboutText = lang() === 'uk' ? (await import('../text/about/uk')).about : (await import('../text/about/en')).about;

/** What the dialog reads from geodata/sources.json. */
export interface AboutSources {
  files: { file: string; source: string; licence: string }[];
  attribution: { label: string; licence: string }[];
}

/**
 * The About / method dialog (issue #11): what the map shows, the line's method and uncertainty,
 * how the swap is computed, the artefact and sliver rules, every scenario with its sources (from
 * its file), and the data licences (from geodata/sources.json). A modal `<dialog>`: Escape,
 * its Close button or a click beside it closes it. It only reports open and close; the app
 * keeps `about` in its state (and the link: `#about`).
 */
export class AboutDialog {
  readonly dialog: HTMLDialogElement;

  constructor(scenarios: readonly Scenario[], sources: AboutSources, onClose: () => void) {
    const d = el('dialog', { id: 'about', className: 'about-dialog' });
    d.setAttribute('aria-labelledby', 'about-title');
    const head = el('div', { className: 'about-head' });
    const m = msg().layout;
    const close = el('button', { type: 'button', className: 'about-close', textContent: m.aboutClose });
    close.addEventListener('click', () => d.close());
    head.append(el('h2', { id: 'about-title', textContent: m.aboutTitle }), close);
    // Scrolls: focusable, so that the keyboard scrolls it too.
    const body = el('div', { className: 'about-body', tabIndex: 0 });
    for (const s of ABOUT.sections) {
      const sec = el('section', { id: s.id });
      sec.setAttribute('aria-labelledby', `${s.id}-h`);
      sec.append(el('h3', { id: `${s.id}-h`, textContent: m.aboutHeadings[s.id] ?? s.id }));
      for (const p of s.paragraphs) sec.append(el('p', { textContent: p }));
      if (s.list) sec.append(list(s.list));
      for (const p of s.after ?? []) sec.append(el('p', { textContent: p }));
      body.append(sec);
    }
    body.append(scenarioSection(scenarios), licenceSection(sources));
    d.append(head, body);
    // Closed by Escape (the browser's 'cancel'), the button, or a click on the backdrop.
    d.addEventListener('click', (e) => {
      if (e.target === d) d.close();
    });
    d.addEventListener('close', onClose);
    document.body.append(d);
    this.dialog = d;
  }

  /** Open (modal) or close the dialog to match the state. */
  show(open: boolean): void {
    const d = this.dialog;
    if (open && !d.open) {
      d.showModal();
      d.querySelector<HTMLElement>('.about-body')?.scrollTo?.(0, 0);
    } else if (!open && d.open) d.close();
  }
}

function list(items: readonly string[]): HTMLUListElement {
  const ul = el('ul');
  for (const i of items) ul.append(el('li', { textContent: i }));
  return ul;
}

/** Every scenario file: its title, when its terms were reported, its description and its sources. */
function scenarioSection(scenarios: readonly Scenario[]): HTMLElement {
  const sec = el('section', { id: 'about-scenarios' });
  sec.setAttribute('aria-labelledby', 'about-scenarios-h');
  sec.append(
    el('h3', { id: 'about-scenarios-h', textContent: msg().layout.aboutHeadings['about-scenarios'] }),
    el('p', { textContent: ABOUT.scenariosIntro }),
  );
  for (const s of scenarios) {
    sec.append(el('h4', { textContent: s.title }));
    sec.append(el('p', { className: 'about-meta', textContent: ABOUT.reported(shortDate(s.reported)) }));
    sec.append(el('p', { textContent: s.description }));
    const ul = el('ul', { className: 'about-citations' });
    for (const c of s.citations) ul.append(citation(c));
    sec.append(ul);
  }
  return sec;
}

/** The data files with their sources and licences, the attribution, and the rest of the licences. */
function licenceSection(sources: AboutSources): HTMLElement {
  const sec = el('section', { id: 'about-licences' });
  sec.setAttribute('aria-labelledby', 'about-licences-h');
  sec.append(
    el('h3', { id: 'about-licences-h', textContent: msg().layout.aboutHeadings['about-licences'] }),
    el('p', { textContent: ABOUT.attribution(sources.attribution.map((a) => `${term(a.label)} (${term(a.licence)})`).join(' · ')) }),
  );
  const dl = el('dl', { className: 'about-files' });
  for (const f of sources.files) {
    dl.append(el('dt', { textContent: f.file }));
    const dd = el('dd');
    // sources.json's sentences are English data: a language gives its own, where it has them.
    const own = ABOUT.files[f.file];
    dd.append(el('span', { textContent: own?.source ?? f.source }), el('span', { className: 'about-licence', textContent: ABOUT.licence(own?.licence ?? f.licence) }));
    dl.append(dd);
  }
  sec.append(dl);
  for (const n of ABOUT.licenceNotes) sec.append(el('p', { textContent: n }));
  sec.append(el('p', { className: 'about-meta', textContent: ABOUT.footer }));
  return sec;
}

/** An attribution label or licence of sources.json in the page's language (proper names stay). */
const term = (t: string) => ABOUT.terms[t] ?? t;
