/**
 * From a file's bytes to the text of a line file: unzip (gzip, KMZ), recognise binary files,
 * decode UTF-8 (with or without a byte-order mark) and UTF-16. Pure and synchronous, so the page's
 * worker and the CLI run the same checks with the same messages.
 */
import { Gunzip, unzipSync } from 'fflate';
import { msg, type Messages } from '../text/i18n';
import { MAX_LINE_BYTES, fail, formatMB, isError, type ReadError } from './errors';

export interface Decoded {
  /** The text of the line file. */
  text: string;
  /** The file kind as read, for the report: 'GeoJSON', 'KML', …; set by later steps. */
  container: 'plain' | 'gzip' | 'kmz' | 'zip';
  /** The name of the member read from a zip archive. */
  member?: string;
}

/** Known binary formats by their first bytes, to name them in one line. */
const MAGIC: [number[], keyof Messages['read']['bytes']['kinds']][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'png'],
  [[0xff, 0xd8, 0xff], 'jpeg'],
  [[0x47, 0x49, 0x46, 0x38], 'gif'],
  [[0x25, 0x50, 0x44, 0x46], 'pdf'],
  [[0x52, 0x61, 0x72, 0x21], 'rar'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'sevenZip'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], 'sqlite'],
  [[0x00, 0x00, 0x27, 0x0a], 'shapefile'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'office'],
  [[0x7f, 0x45, 0x4c, 0x46], 'elf'],
  [[0x42, 0x5a, 0x68], 'bzip2'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a], 'xz'],
];

const starts = (b: Uint8Array, m: readonly number[]) => m.every((x, i) => b[i] === x);

/**
 * The text inside a file's bytes. `name` is used in messages. Archives are opened one level
 * deep: a gzip file (DeepState's history comes as .geojson.gz) or a zip (KMZ: the first .kml; or
 * a zipped .geojson/.json/.topojson). Decompressed sizes are checked against the limit before
 * anything is inflated, so a small bomb cannot fill the memory.
 */
export function decodeBytes(bytes: Uint8Array, name: string): Decoded | ReadError {
  const t = msg().read;
  if (bytes.length === 0) return fail('empty', t.bytes.empty(name));
  if (bytes.length > MAX_LINE_BYTES) return fail('too-large', t.refuse.tooLarge(name, formatMB(bytes.length), formatMB(MAX_LINE_BYTES)));
  if (starts(bytes, [0x1f, 0x8b])) {
    // The last four bytes of a gzip member hold its uncompressed size (mod 2^32): a bomb that
    // says so honestly is refused before a byte is inflated.
    const n = bytes.length;
    const size = n >= 18 ? (bytes[n - 4]! | (bytes[n - 3]! << 8) | (bytes[n - 2]! << 16) | (bytes[n - 1]! << 24)) >>> 0 : 0;
    if (size > MAX_LINE_BYTES) return fail('too-large', t.bytes.unzipsTo(name, formatMB(size), formatMB(MAX_LINE_BYTES)));
    const inner = gunzipCapped(bytes, name);
    if (isError(inner)) return inner;
    if (starts(inner, [0x1f, 0x8b]) || starts(inner, [0x50, 0x4b, 0x03, 0x04])) return fail('bad-archive', t.bytes.nested(name));
    const r = decodeText(inner, name);
    return 'text' in r ? { ...r, container: 'gzip' } : r;
  }
  // A KMZ is a zip. Other zip signatures, and a .kmz or .zip whose "PK" start is followed by
  // garbage, are opened as zips too, so a damaged archive is called one (not "not GeoJSON").
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04]) || starts(bytes, [0x50, 0x4b, 0x05, 0x06]) || (starts(bytes, [0x50, 0x4b]) && /\.(kmz|zip)$/i.test(name))) {
    return openZip(bytes, name);
  }
  for (const [m, what] of MAGIC) if (starts(bytes, m)) return fail('binary', t.bytes.binaryKind(name, t.bytes.kinds[what]));
  const r = decodeText(bytes, name);
  return 'text' in r ? { ...r, container: 'plain' } : r;
}

/** Input bytes inflated per step: at most ~1,000× as many come out before the size is checked again. */
const GUNZIP_STEP = 16 * 1024;

/**
 * Inflate a gzip file in steps, stopping as soon as more than the limit has come out. The size
 * field is not trusted: fflate's one-shot gunzipSync sizes its output by it, so a field that
 * under-states the content silently cut the text (a valid file then read as "not valid JSON")
 * and one that lies about a bomb would not stop it; it is also wrong for multi-member files.
 */
function gunzipCapped(bytes: Uint8Array, name: string): Uint8Array | ReadError {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    const g = new Gunzip((chunk) => {
      chunks.push(chunk);
      total += chunk.length;
    });
    for (let at = 0; at < bytes.length && total <= MAX_LINE_BYTES; at += GUNZIP_STEP) {
      g.push(bytes.subarray(at, at + GUNZIP_STEP), at + GUNZIP_STEP >= bytes.length);
    }
  } catch (e) {
    return fail('bad-archive', msg().read.bytes.badGzip(name, (e as Error).message));
  }
  if (total > MAX_LINE_BYTES) return fail('too-large', msg().read.bytes.unzipsToMore(name, formatMB(MAX_LINE_BYTES)));
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

const LINE_MEMBER = /\.(kml|geojson|json|topojson)$/i;

function openZip(bytes: Uint8Array, name: string): Decoded | ReadError {
  const t = msg().read.bytes;
  let files: Record<string, Uint8Array>;
  const members: { name: string; size: number }[] = [];
  try {
    // The filter sees every member before it is inflated: keep the first line file, check its size.
    let picked = '';
    files = unzipSync(bytes, {
      filter: (f) => {
        members.push({ name: f.name, size: f.originalSize });
        if (picked || !LINE_MEMBER.test(f.name) || f.name.startsWith('__MACOSX/')) return false;
        if (f.originalSize > MAX_LINE_BYTES) throw new Error(`SIZE:${f.name}:${f.originalSize}`);
        picked = f.name;
        return true;
      },
    });
  } catch (e) {
    const m = /^SIZE:(.*):(\d+)$/.exec((e as Error).message);
    if (m) return fail('too-large', t.memberTooLarge(name, m[1]!, formatMB(Number(m[2])), formatMB(MAX_LINE_BYTES)));
    return fail('bad-archive', t.badZip(name, (e as Error).message));
  }
  const [member, inner] = Object.entries(files)[0] ?? [];
  if (!member || !inner) {
    const list = members.slice(0, 5).map((m) => m.name).join(', ');
    return fail('bad-archive', t.zipNoLine(name, list ? `${list}${members.length > 5 ? ', …' : ''}` : ''));
  }
  if (inner.length > MAX_LINE_BYTES) return fail('too-large', t.memberTooLargeMore(name, member, formatMB(MAX_LINE_BYTES)));
  const r = decodeText(inner, `${name} › ${member}`);
  return 'text' in r ? { ...r, container: /\.kml$/i.test(member) ? 'kmz' : 'zip', member } : r;
}

/**
 * Decode text: a byte-order mark says UTF-8 or UTF-16 (LE/BE); without one, a NUL in every other
 * byte of the start says UTF-16 (as Windows tools write it); anything else must be valid UTF-8
 * (GeoJSON is UTF-8 by RFC 7946). Other NULs mean a binary file.
 */
export function decodeText(bytes: Uint8Array, name: string): { text: string } | ReadError {
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  let start = 0;
  if (starts(bytes, [0xef, 0xbb, 0xbf])) start = 3;
  else if (starts(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    start = 2;
  } else if (starts(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    start = 2;
  } else {
    const head = bytes.subarray(0, 512);
    let evenNul = 0;
    let oddNul = 0;
    for (let i = 0; i < head.length; i++) {
      if (head[i] !== 0) continue;
      if (i % 2) oddNul++;
      else evenNul++;
    }
    const half = head.length / 2;
    if (oddNul > half * 0.9 && evenNul === 0) encoding = 'utf-16le';
    else if (evenNul > half * 0.9 && oddNul === 0) encoding = 'utf-16be';
    else if (evenNul + oddNul > 0) return fail('binary', msg().read.bytes.binary(name));
  }
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(start));
    if (encoding === 'utf-8' && text.includes('\u0000')) return fail('binary', msg().read.bytes.binary(name));
    return { text };
  } catch {
    return fail('encoding', encoding === 'utf-8' ? msg().read.bytes.notUtf8(name) : msg().read.bytes.badEncoding(name, encoding.toUpperCase()));
  }
}
