/**
 * From the text of a line file to GeoJSON layers: GeoJSON as it is, each object of a TopoJSON
 * file as a layer (`topojson-client`), KML through `@tmcw/togeojson` on `@xmldom/xmldom` (there
 * is no DOMParser in a Web Worker or in Node). Pure and synchronous.
 */
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
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
  const head = text.slice(0, 4096).trimStart();
  const first = head[0];
  if (first === '<') {
    if (/^<!doctype\s+html|^<html[\s>]/i.test(head)) return fail('html', `“${name}” is a web page (HTML), not a line file; save the map's data export instead.`);
    return parseXml(text, name);
  }
  if (first === '{' || first === '[') {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      return fail('json', `“${name}” is not valid JSON (${quote(jsonProblem((e as Error).message, text), 120)}).`);
    }
    if (typeof json === 'object' && json !== null && !Array.isArray(json) && (json as { type?: unknown }).type === 'Topology') return topology(json as Topology, name);
    return [{ object: null, json, syntax: 'GeoJSON' }];
  }
  if (head.length === 0) return fail('empty', `“${name}” holds only white space.`);
  return fail('not-geojson', `“${name}” is not GeoJSON, TopoJSON or KML (it starts with “${quote(head, 24)}”).`);
}

/**
 * JSON.parse's complaint, worded alike in every V8: Node 20 says "… in JSON at position 60",
 * Chromium adds " (line 1 column 61)", so the page and the CLI gave one file two messages. The
 * position is turned into a line and a column here, which a reader can find in an editor.
 */
export function jsonProblem(message: string, text: string): string {
  const m = /^(.*?) in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/s.exec(message);
  if (!m) return message;
  const at = Math.min(Number(m[2]), text.length);
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return `${m[1]} at line ${line}, column ${at - start + 1}`;
}

function parseXml(text: string, name: string): ParsedLayer[] | ReadError {
  // Entities declared in a DTD are how an "entity bomb" (billion laughs) or an external entity
  // (XXE) gets in. xmldom expands neither, but then fails on the first use with "entity not
  // found", which tells the reader nothing; KML has no DTD, so such a file is refused by name.
  const dtd = text.indexOf('<!DOCTYPE');
  if (dtd >= 0 && text.indexOf('<!ENTITY', dtd) >= 0) {
    return fail('xml', `“${name}” declares its own XML entities (<!ENTITY …> in a DTD); swapmap does not expand them, and KML files have none.`);
  }
  let doc: ReturnType<DOMParser['parseFromString']>;
  try {
    // xmldom does not expand entities declared in a DTD, so an "entity bomb" is refused here, not inflated.
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'text/xml');
  } catch (e) {
    const msg = ((e as Error).message || '').replace(/^.*caused Error: /, '');
    return fail('xml', `“${name}” is not valid XML (${quote(msg, 100)}).`);
  }
  const root = doc.documentElement?.nodeName ?? '';
  const local = root.replace(/^.*:/, '').toLowerCase();
  if (local === 'gpx') return fail('xml', `“${name}” is a GPX file (tracks and waypoints), not a line file.`);
  if (local !== 'kml') return fail('xml', `“${name}” is an XML file (<${quote(root, 30)}>), not KML.`);
  let fc: unknown;
  try {
    fc = kml(doc as unknown as Document);
  } catch (e) {
    return fail('xml', `“${name}” is a KML file that cannot be read (${quote((e as Error).message, 100)}).`);
  }
  return [{ object: null, json: fc, syntax: 'KML' }];
}

function topology(topo: Topology, name: string): ParsedLayer[] | ReadError {
  const objects = topo.objects;
  if (typeof objects !== 'object' || objects === null || Object.keys(objects).length === 0) {
    return fail('not-geojson', `“${name}” is a TopoJSON file with no objects.`);
  }
  if (!Array.isArray(topo.arcs)) return fail('not-geojson', `“${name}” is a TopoJSON file without "arcs".`);
  const out: ParsedLayer[] = [];
  for (const [key, obj] of Object.entries(objects)) {
    // topojson-client follows arc indices unchecked: one out of range failed deep inside it
    // ("Cannot read properties of undefined"). Checked first, to name the index.
    const bad = badArc(obj, topo.arcs.length, 0);
    if (bad !== null) {
      return fail('not-geojson', `“${name}”: TopoJSON object “${quote(key)}” ${bad === 'deep' ? 'nests GeometryCollections too deep' : `refers to arc ${quote(bad, 16)}, but the file has ${topo.arcs.length} arc${topo.arcs.length === 1 ? '' : 's'}`}.`);
    }
    try {
      out.push({ object: key, json: feature(topo, obj), syntax: 'TopoJSON' });
    } catch (e) {
      return fail('not-geojson', `“${name}”: TopoJSON object “${quote(key)}” cannot be read (${quote((e as Error).message, 80)}).`);
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
