import type { Map as MlMap, PaddingOptions } from 'maplibre-gl';
import { serializeHash, type AppState, type CompareMode } from '../state/state';
import { msg } from '../text/i18n';
import { el } from './dom';
import './layout.css';

/**
 * Where the panels go (issue #11):
 * - `overlay`: a wide window, one map: over the map's top-left corner, as MapLibre controls;
 * - `column`: a wide window, two maps: in the right-hand column above the figures, on neither map;
 * - `stack`: a narrow window (≤ 800 px, the figures under the map): under the map(s), the legend first;
 * - `embed`: the map, a compact legend, the title and the credits; no controls.
 */
export type LayoutMode = 'overlay' | 'column' | 'stack' | 'embed';

/** The width at or under which the page stacks (the figures panel goes under the map: app.css). */
export const NARROW_PX = 800;

/**
 * [west, south, east, north] of the story — the area of change with the frozen line's north — for
 * a map too short to show the seven oblasts and Crimea at the least zoom (two maps stacked on a
 * phone): the area of change, not the whole region, then fills it.
 */
export const STORY_BOUNDS: [number, number, number, number] = [33.8, 47.3, 40.2, 52.0];

/** The layout for a narrow window or not (or a page being printed), a compare mode and the embed flag. Pure. */
export function layoutMode(o: { narrow: boolean; printing?: boolean; compare: CompareMode; embed: boolean }): LayoutMode {
  if (o.embed) return 'embed';
  // Printed, the panels lie under the map as on a phone: the legend shows, print.css hides the rest.
  if (o.narrow || o.printing) return 'stack';
  return o.compare === 'off' ? 'overlay' : 'column';
}

/** The page's parts the layout moves or reads. */
export interface LayoutParts {
  map: MlMap;
  /** The figures panel: the panels go before it when they leave the map. */
  figures: HTMLElement;
  /** The panels, in their order over the map: scenario, line, before/after, layers. */
  panels: { scenario: HTMLElement; line: HTMLElement; view: HTMLElement; layers: HTMLElement };
  /** The map tools, in their order at the map's top-right: zoom, home, export. */
  tools: { nav: HTMLElement; home: HTMLElement; export: HTMLElement };
  /** Pin the layer panel open (it is the legend) or give it back its disclosure. */
  pinLegend: (pinned: boolean) => void;
  /** The credits as plain lines (every data source and the line's credit). */
  credits: () => readonly string[];
  /** The reader asked for the About dialog (the header's link). */
  openAbout: () => void;
}

/**
 * Puts the app's panels and tools where the layout wants them, and keeps the embed's and the
 * print's credits. Moves DOM elements only: the controls keep their listeners and state, and
 * report to the app as before. Called from the app's update with each new state.
 */
export class PageLayout {
  private mode: LayoutMode | null = null;
  private compare: CompareMode = 'off';
  private state: AppState | null = null;
  readonly dock: HTMLElement;
  private readonly toolRow: HTMLElement;
  private readonly creditsEl: HTMLElement;
  private readonly creditsText: HTMLElement;
  private readonly fullLink: HTMLAnchorElement;
  private readonly fullSep: HTMLElement;
  private readonly aboutLinks: HTMLAnchorElement[] = [];
  private readonly narrow = window.matchMedia(`(max-width: ${NARROW_PX}px)`);
  private printing = false;

  constructor(private readonly parts: LayoutParts) {
    this.dock = el('section', { id: 'panels', className: 'panels' });
    this.dock.setAttribute('aria-label', msg().layout.dock);
    this.toolRow = el('div', { className: 'panels-tools' });
    this.creditsEl = el('p', { className: 'credits' });
    this.creditsText = el('span');
    this.fullLink = el('a', { className: 'embed-full', textContent: msg().layout.openFull, target: '_blank', rel: 'noopener' });
    const about = this.aboutLink(msg().layout.about);
    about.classList.add('credits-about');
    this.fullSep = el('span', { className: 'embed-full', textContent: ' · ' });
    this.creditsEl.append(this.creditsText, ' ', about, this.fullSep, this.fullLink);
    parts.figures.before(this.dock);

    // The header's way to the method, beside the title.
    const header = document.querySelector('.app-header .header-tools') ?? document.querySelector('.app-header');
    if (header) {
      const link = this.aboutLink(msg().layout.about);
      link.classList.add('header-about');
      header.append(link);
    }
    this.narrow.addEventListener('change', () => this.state && this.sync(this.state, true));
    window.addEventListener('resize', () => this.measure());
    // Printed: the legend and the credits under the map (layout.css hides the controls). The
    // canvas prints as drawn, scaled to the page's width with its own proportions.
    const printing = (on: boolean) => {
      this.printing = on;
      const m = this.parts.map.getContainer();
      document.documentElement.style.setProperty('--print-map-ratio', String(m.clientWidth / Math.max(1, m.clientHeight)));
      if (this.state) this.sync(this.state, true);
    };
    window.addEventListener('beforeprint', () => printing(true));
    window.addEventListener('afterprint', () => printing(false));
  }

  /** A link to the About dialog: to the page's own `#about` (what prints), opened in place. */
  private aboutLink(text: string): HTMLAnchorElement {
    const a = el('a', { className: 'about-link', textContent: text, href: '#about' });
    a.addEventListener('click', (e) => {
      e.preventDefault();
      this.parts.openAbout();
    });
    this.aboutLinks.push(a);
    return a;
  }

  /** The current layout. */
  get current(): LayoutMode {
    return this.mode ?? 'overlay';
  }

  /** Bring the page's layout in line with the state (compare mode, embed). */
  sync(state: AppState, force = false): void {
    this.state = state;
    const mode = layoutMode({ narrow: this.narrow.matches, printing: this.printing, compare: state.compare, embed: state.embed });
    this.refreshLinks(state);
    if (!force && mode === this.mode && state.compare === this.compare) return;
    this.mode = mode;
    this.compare = state.compare;
    document.body.dataset.layout = mode;
    this.place(mode, state.compare);
    this.measure();
    this.refreshCredits();
    // An embed leaves the wheel to the page around it (the map still pans, and zooms by pinch,
    // double-click or keyboard).
    if (mode === 'embed') this.parts.map.scrollZoom.disable();
    else this.parts.map.scrollZoom.enable();
  }

  /**
   * Tell the stylesheet the height of the header and of the legend under the map: two maps
   * stacked on a narrow window take what is left, so that the legend stays in sight (layout.css).
   */
  private measure(): void {
    const root = document.documentElement.style;
    const header = document.querySelector<HTMLElement>('.app-header');
    root.setProperty('--header-h', `${header?.offsetHeight ?? 0}px`);
    root.setProperty('--legend-h', `${this.parts.panels.layers.offsetHeight + 10}px`);
  }

  /** Write the credits again (the line changed). */
  refreshCredits(): void {
    this.creditsText.textContent = `${[...this.parts.credits(), 'MapLibre'].join(' · ')}.`;
  }

  private refreshLinks(state: AppState): void {
    const page = location.href.split('#')[0]!;
    this.fullLink.href = page + serializeHash({ ...state, embed: false, about: false });
    // The printed page names where the method is: this page's own #about.
    for (const a of this.aboutLinks) a.href = `${page}#about`;
  }

  private place(mode: LayoutMode, compare: CompareMode): void {
    const { map, panels, tools } = this.parts;
    const container = map.getContainer();
    const topLeft = container.querySelector('.maplibregl-ctrl-top-left')!;
    const topRight = container.querySelector('.maplibregl-ctrl-top-right')!;
    const { scenario, line, view, layers } = panels;
    if (mode === 'overlay') {
      topLeft.append(scenario, line, view, layers);
      topRight.append(tools.nav, tools.home, tools.export);
    } else if (mode === 'embed') {
      // Only the legend and the credits; the rest is hidden where it is (layout.css).
      this.dock.append(layers, this.creditsEl);
      topLeft.append(scenario, line, view);
      topRight.append(tools.nav, tools.home, tools.export);
    } else {
      // Beside or under the map(s): the legend first under a narrow map, where it must be seen
      // without a tap; in the column, the choices first and the legend under them.
      const order = mode === 'stack' ? [layers, view, scenario, line] : [view, scenario, layers, line];
      this.dock.append(...order, this.toolRow, this.creditsEl);
      // One map on a narrow window: zoom and home stay on it (thin, at its right edge); two
      // maps: every tool leaves them, since a tool on one map would seem to be that map's.
      if (mode === 'stack' && compare === 'off') {
        topRight.append(tools.nav, tools.home);
        this.toolRow.append(tools.export);
      } else {
        this.toolRow.append(tools.nav, tools.home, tools.export);
      }
    }
    this.dock.dataset.layout = mode;
    this.parts.pinLegend(mode !== 'overlay');
  }

  /**
   * Padding for the home framing, px: clear of what lies over the map in this layout (the
   * panels at the top-left, the tools at the top-right, the scale and the credits at the
   * bottom, the swipe slider and tags).
   */
  homePadding(): PaddingOptions {
    const container = this.parts.map.getContainer();
    const right = container.querySelector<HTMLElement>('.maplibregl-ctrl-top-right');
    const toolsWidth = right && right.offsetHeight > 0 ? right.offsetWidth + 6 : 10;
    const swipe = this.compare === 'swipe' ? 70 : 0;
    switch (this.current) {
      case 'overlay':
        return { left: 300, right: 50, top: 20, bottom: 30 };
      case 'embed':
        return { left: 10, right: 10, top: 10, bottom: 26 };
      default:
        return { left: 10, right: toolsWidth, top: 10, bottom: 30 + swipe };
    }
  }

  /**
   * What the home view frames: the whole region, or the story's box where the map is too short
   * to show the region at the least zoom.
   */
  homeBounds(full: [number, number, number, number]): [number, number, number, number] {
    const map = this.parts.map;
    const camera = map.cameraForBounds(full, { padding: this.homePadding() });
    return camera?.zoom !== undefined && camera.zoom < map.getMinZoom() ? STORY_BOUNDS : full;
  }
}
