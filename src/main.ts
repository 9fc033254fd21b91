/**
 * Entry point. The data files start loading at once, while the browser fetches and parses the
 * large chunk with MapLibre and the app (a dynamic import), instead of after it.
 */
import { loadDefaultData } from './data/load';

const data = loadDefaultData();
// A failure is reported by start(), which awaits the same promise.
data.catch(() => undefined);
const { start } = await import('./app');
void start(data);
