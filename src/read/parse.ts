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
      return fail('json', `“${name}” is not valid JSON (${quote((e as Error).message, 120)}).`);
    }
    if (typeof json === 'object' && json !== null && !Array.isArray(json) && (json as { type?: unknown }).type === 'Topology') return topology(json as Topology, name);
    return [{ object: null, json, syntax: 'GeoJSON' }];
  }
  if (head.length === 0) return fail('empty', `“${name}” holds only white space.`);
  return fail('not-geojson', `“${name}” is not GeoJSON, TopoJSON or KML (it starts with “${quote(head, 24)}”).`);
}

function parseXml(text: string, name: string): ParsedLayer[] | ReadError {
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
    try {
      out.push({ object: key, json: feature(topo, obj), syntax: 'TopoJSON' });
    } catch (e) {
      return fail('not-geojson', `“${name}”: TopoJSON object “${quote(key)}” cannot be read (${quote((e as Error).message, 80)}).`);
    }
  }
  return out;
}
