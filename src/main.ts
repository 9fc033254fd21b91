/**
 * Entry point. The data files start loading at once, while the browser fetches and parses the
 * large chunk with MapLibre and the app (a dynamic import), instead of after it.
 */
import { fetchPlaces, loadDefaultData } from './data/load';
import { browserLang, msg, useLang } from './text/i18n';
import { parseHash } from './state/state';
import { applyPageText } from './ui/page_text';

const data = loadDefaultData();
// A failure is reported by start(), which awaits the same promise.
data.catch(() => undefined);
// The places whose people are counted (issue #12): not drawn, so not part of the map's data.
const places = fetchPlaces();
places.catch(() => undefined);
// The app's chunk loads while the language's catalogue does.
const app = import('./app');
// The language: the link's `lang=`, else the first of the browser's languages that we have.
await useLang(parseHash(location.hash).lang ?? browserLang(navigator.languages?.length ? navigator.languages : [navigator.language]));
applyPageText();

// Until the map's first complete frame (several seconds on a slow machine), say that it is coming.
const loading = Object.assign(document.createElement('p'), { id: 'map-loading', className: 'map-loading', textContent: msg().page.loading });
loading.setAttribute('role', 'status');
// Styled inline: the stylesheet comes with the large chunk.
loading.style.cssText =
  'position:absolute;z-index:2;top:45%;left:50%;transform:translate(-50%,-50%);margin:0;padding:6px 14px;border-radius:4px;' +
  'background:rgba(255,255,255,.96);color:#5f5d57;font:14px system-ui,sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.15);pointer-events:none';
document.getElementById('map-host')?.append(loading);

const { start } = await app;
void start(data, places);
