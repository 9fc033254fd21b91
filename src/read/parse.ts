/**
 * From the text of a line file to GeoJSON layers: GeoJSON as it is, each object of a TopoJSON
 * file as a layer (`topojson-client`), KML through `@tmcw/togeojson` on `@xmldom/xmldom` (there
 * is no DOMParser in a Web Worker or in Node). Pure and synchronous.
 */
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { msg, plural } from '../text/i18n';
import { fail, quote, type ReadError } from './errors';

/** One layer of a file: a parsed JSON value that should be GeoJSON, and where it came from. */
export interface ParsedLayer {
  /** The TopoJSON object's name, or null for a GeoJSON or KML file. */
  object: string | null;
  json: unknown;
  /** The text format, for the report. */
  syntax: 'GeoJSON' | 'TopoJSON' | 'KML';
}

export function parseText(text: string, name: string): ParsedLayer[] | ReadError {
  const t = msg().read.parse;
  const head = text.slice(0, 4096).trimStart();
  const first = head[0];
  if (first === '<') {
    if (/^<!doctype\s+html|^<html[\s>]/i.test(head)) return fail('html', t.html(name));
    return parseXml(text, name);
  }
  if (first === '{' || first === '[') {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      // The engine's words stay in the English message; the Ukrainian one gives the place only.
      const problem = (e as Error).message;
      const where = jsonPlace(problem, text);
      const detail = quote(jsonProblem(problem, text), 120);
      const place = { line: where ? String(where.line) : '', column: where ? String(where.column) : '' };
      const token = quote(/^Unexpected token '(.{1,4}?)'/.exec(problem)?.[1] ?? '', 8);
      return fail('json', t.json(name, { detail, ...place, end: /end of (JSON )?input/i.test(problem), token }));
    }
    if (typeof json === 'object' && json !== null && !Array.isArray(json) && (json as { type?: unknown }).type === 'Topology') return topology(json as Topology, name);
    return [{ object: null, json, syntax: 'GeoJSON' }];
  }
  if (head.length === 0) return fail('empty', t.whitespace(name));
  return fail('not-geojson', t.unknown(name, quote(head, 24)));
}

/**
 * JSON.parse's complaint, worded alike in every V8: Node 20 says "… in JSON at position 60",
 * Chromium adds " (line 1 column 61)", so the page and the CLI gave one file two messages. The
 * position is turned into a line and a column here, which a reader can find in an editor.
 */
export function jsonProblem(message: string, text: string): string {
  const where = jsonPlace(message, text);
  return where ? msg().read.parse.jsonAt(where.problem, String(where.line), String(where.column)) : message;
}

/** JSON.parse's complaint split into the problem (the engine's words) and its line and column; null when it names no position. */
export function jsonPlace(message: string, text: string): { problem: string; line: number; column: number } | null {
  const m = /^(.*?) in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/s.exec(message);
  if (!m) return null;
  const at = Math.min(Number(m[2]), text.length);
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { problem: m[1]!, line, column: at - start + 1 };
}

function parseXml(text: string, name: string): ParsedLayer[] | ReadError {
  // Entities declared in a DTD are how an "entity bomb" (billion laughs) or an external entity
  // (XXE) gets in. xmldom expands neither, but then fails on the first use with "entity not
  // found", which tells the reader nothing; KML has no DTD, so such a file is refused by name.
  const dtd = text.indexOf('<!DOCTYPE');
  if (dtd >= 0 && text.indexOf('<!ENTITY', dtd) >= 0) {
    return fail('xml', msg().read.parse.entities(name));
  }
  const t = msg().read.parse;
  let doc: ReturnType<DOMParser['parseFromString']>;
  try {
    // xmldom does not expand entities declared in a DTD, so an "entity bomb" is refused here, not inflated.
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'text/xml');
  } catch (e) {
    const detail = ((e as Error).message || '').replace(/^.*caused Error: /, '');
    return fail('xml', t.xml(name, quote(detail, 100)));
  }
  const root = doc.documentElement?.nodeName ?? '';
  const local = root.replace(/^.*:/, '').toLowerCase();
  if (local === 'gpx') return fail('xml', t.gpx(name));
  if (local !== 'kml') return fail('xml', t.otherXml(name, quote(root, 30)));
  let fc: unknown;
  try {
    fc = kml(doc as unknown as Document);
  } catch (e) {
    return fail('xml', t.kml(name, quote((e as Error).message, 100)));
  }
  return [{ object: null, json: fc, syntax: 'KML' }];
}

function topology(topo: Topology, name: string): ParsedLayer[] | ReadError {
  const t = msg().read.parse;
  const objects = topo.objects;
  if (typeof objects !== 'object' || objects === null || Object.keys(objects).length === 0) {
    return fail('not-geojson', t.topoNoObjects(name));
  }
  if (!Array.isArray(topo.arcs)) return fail('not-geojson', t.topoNoArcs(name));
  const out: ParsedLayer[] = [];
  for (const [key, obj] of Object.entries(objects)) {
    // topojson-client follows arc indices unchecked: one out of range failed deep inside it
    // ("Cannot read properties of undefined"). Checked first, to name the index.
    const bad = badArc(obj, topo.arcs.length, 0);
    if (bad !== null) {
      return fail('not-geojson', bad === 'deep' ? t.topoDeep(name, quote(key)) : t.topoBadArc(name, quote(key), quote(bad, 16), plural(topo.arcs.length, t.arcs)));
    }
    try {
      out.push({ object: key, json: feature(topo, obj), syntax: 'TopoJSON' });
    } catch (e) {
      return fail('not-geojson', t.topoObject(name, quote(key), quote((e as Error).message, 80)));
    }
  }
  return out;
}

/**
 * The first arc index of a TopoJSON geometry that is not an arc of the file (an index i, or ~i
 * for a reversed arc, must lie in 0 … n − 1), 'deep' for GeometryCollections nested too deep, or
 * null when every index is good.
 */
function badArc(g: unknown, n: number, depth: number): unknown {
  if (typeof g !== 'object' || g === null) return null;
  const o = g as { type?: unknown; geometries?: unknown; arcs?: unknown };
  if (o.type === 'GeometryCollection') {
    if (depth > 8) return 'deep';
    if (!Array.isArray(o.geometries)) return null;
    for (const h of o.geometries) {
      const b = badArc(h, n, depth + 1);
      if (b !== null) return b;
    }
    return null;
  }
  const walk = (a: unknown, level: number): unknown => {
    if (Array.isArray(a)) {
      if (level > 3) return null; // deeper than a MultiPolygon's arcs: left to topojson-client
      for (const x of a) {
        const b = walk(x, level + 1);
        if (b !== null) return b;
      }
      return null;
    }
    if (typeof a !== 'number') return a === undefined ? null : a;
    const i = a < 0 ? ~a : a;
    return Number.isInteger(a) && i < n ? null : a;
  };
  return walk(o.arcs, 0);
}
