/**
 * Colours of the map. Hues for the lines and proposal come from the Okabe–Ito palette,
 * which stays distinguishable under the common colour-vision deficiencies.
 */
export interface Theme {
  sea: string;
  land: string;
  countryBorder: string;
  ukraine: string;
  focusOblast: string;
  oblastBorder: string;
  focusBorder: string;
  ukraineBorder: string;
  water: string;
  river: string;
  waterLabel: string;
  town: string;
  townHalo: string;
  label: string;
  labelHalo: string;
  oblastLabel: string;
  /** Russian-controlled area on the dated line. */
  occupied: string;
  occupiedOpacity: number;
  occupiedOutline: string;
  /** Area held by Russia and its proxies before 24 Feb 2022. */
  occupied2022: string;
  occupied2022Opacity: number;
  contested: string;
  /** The contact line of the dated line. */
  contactLine: string;
  /** Ukrainian-held land the proposal would give to Russia: fill, hatch and outline. */
  cede: string;
  cedeOpacity: number;
  cedeHatch: string;
  /** Russian-held land the proposal would give back: fill, dots and outline. */
  ret: string;
  retOpacity: number;
  retDots: string;
  /** The line frozen by the proposal. */
  frozenLine: string;
  /** The Russian-controlled area after the swap: fill and its contact line. */
  proposed: string;
  proposedOpacity: number;
  proposedLine: string;
  /** Compare two dates: Russian-controlled on the later date only (taken in between), and on the earlier only (retaken). */
  gained: string;
  lost: string;
  changeOpacity: number;
  /** The one glyph stack the map uses: a second (bold) stack would cost ~46 KiB gzip on first visit. */
  font: string;
}

export const defaultTheme: Theme = {
  sea: '#c9dbe6',
  land: '#ecebe6',
  countryBorder: '#9a9a94',
  ukraine: '#f6f5f0',
  focusOblast: '#fffdf6',
  oblastBorder: '#b3b0a6',
  focusBorder: '#5c5a55',
  ukraineBorder: '#3d3c39',
  water: '#b5cfdf',
  river: '#8db2c9',
  waterLabel: '#3f6f8f',
  town: '#2b2b2b',
  townHalo: '#ffffff',
  label: '#222222',
  labelHalo: 'rgba(255,255,255,0.9)',
  oblastLabel: '#55524b',
  occupied: '#d6604d',
  occupiedOpacity: 0.3,
  occupiedOutline: '#a5261b',
  occupied2022: '#67001f',
  occupied2022Opacity: 0.28,
  contested: '#999999',
  contactLine: '#a5261b',
  cede: '#e69f00',
  cedeOpacity: 0.45,
  cedeHatch: '#8c5a00',
  ret: '#0072b2',
  retOpacity: 0.35,
  retDots: '#00446b',
  frozenLine: '#1f1f1f',
  proposed: '#5e3c99',
  proposedOpacity: 0.22,
  proposedLine: '#3f2670',
  gained: '#8b1a1a',
  lost: '#009e73',
  changeOpacity: 0.55,
  font: 'Noto Sans Regular',
};
