/**
 * The panels of dated lines — figures over time, two dates compared — loaded only when a reader
 * has a line of several dates or compares two (most visits never do): not in the first visit's
 * JavaScript.
 */
export { renderTimeline } from './timeline_chart';
export { renderCompareDates } from './compare_dates';
