import type { Map as MlMap, StyleSpecification } from 'maplibre-gl';
import type { Scenario } from '../data/scenario';
import type { LineCollection, MapData } from '../data/types';
import type { SwapResult } from '../geometry/swap';
import type { AppState } from '../state/state';
import type { Theme } from '../style/theme';
import type { StyleOptions } from '../style/build_style';
import type { PatternImage } from '../style/patterns';
import type { ExportOptions, ExportOutcome } from '../export/png';
import type { MultiplesOptions, MultiplesOutcome } from '../export/multiples';
import type { CsvPeople } from '../export/data_export';

/** What the app's controls (and the browser tests) may read. Controls never compute geometry. */
export interface AppContext {
  map: MlMap;
  data: MapData;
  theme: Theme;
  scenarios: readonly Scenario[];
  /** Swap results of every scenario on the current line. */
  results: ReadonlyMap<string, SwapResult>;
  /** The current line's date and source, as the figures cite it. */
  line: { date: string; source: string };
  /** The current line as the map draws it. */
  lineData(): LineCollection;
  /** Plain-text attribution of every data source, the line's credit included. */
  attribution: string[];
  /** Pattern images registered on every map (id → image). */
  patterns: Record<string, PatternImage>;
  state(): AppState;
  /** The style for a state: the same builder the map uses (with an export's marks, for an export). */
  styleFor(state: AppState, exportMarks?: StyleOptions['exportMarks']): StyleSpecification;
  /** The scenario of the current state. */
  scenario(): Scenario;
  /** The second (after) map while a comparison is shown. */
  after(): MlMap | undefined;
  /** Where the swipe divides the two maps, 0–1 from the left. */
  compareSplit(): number;
  ready: boolean;
  /** The people counted in the state's scenario's parts on the line shown (null: no places file). */
  people?: () => CsvPeople | null;
  /** Show another date of the loaded file (the slider's road); resolves when it is shown, false when the file has no such date. */
  showDate?: (date: string) => Promise<boolean>;
  /** Small multiples of the state's scenario on 2, 4 or 6 dates (of the loaded file, or built-in lines). */
  exportMultiples?: (dates: readonly string[], opts?: MultiplesOptions) => Promise<MultiplesOutcome>;
  /** The composed PNG export (the Export control and `npm run snapshot` call this). */
  exportPng?: (opts?: ExportOptions) => Promise<ExportOutcome>;
}
