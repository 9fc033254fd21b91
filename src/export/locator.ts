/**
 * A locator map for a framed export: the country, the Russian-held area on the line's date, and
 * the export map's frame, so that a reader who does not know the region can place it (issue #11:
 * "enough context to place it"). Drawn on the export's canvas from the app's own data.
 */
import type { Position } from 'geojson';
import type { LineCollection, OblastCollection } from '../data/types';
import type { Theme } from '../style/theme';
import type { Bounds } from './frame';
import { font, INK, MUTED, type Rect } from './layout';
import { msg } from '../text/i18n';

/** Web Mercator y of a latitude (0 at the north edge of the world, 1 at the south). */
const my = (lat: number) => (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
const mx = (lon: number) => (lon + 180) / 360;

/** Kyiv, the one place named in the locator. */
const KYIV: [number, number] = [30.52, 50.45];

/**
 * A projection of `extent` into `box` (CSS px), Mercator like the map, the extent whole and
 * centred. Pure.
 */
export function locatorProjection(extent: Bounds, box: Rect): (p: Position) => [number, number] {
  const [w, s, e, n] = extent;
  const k = Math.min(box.width / (mx(e) - mx(w)), box.height / (my(s) - my(n)));
  const ox = box.x + (box.width - k * (mx(e) - mx(w))) / 2;
  const oy = box.y + (box.height - k * (my(s) - my(n))) / 2;
  return (p) => [ox + k * (mx(p[0]!) - mx(w)), oy + k * (my(p[1]!) - my(n))];
}

/** The [west, south, east, north] of the oblasts. */
function extentOf(oblasts: OblastCollection): Bounds {
  const b: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of oblasts.features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const poly of polys)
      for (const [x, y] of poly[0]!) {
        b[0] = Math.min(b[0], x!);
        b[1] = Math.min(b[1], y!);
        b[2] = Math.max(b[2], x!);
        b[3] = Math.max(b[3], y!);
      }
  }
  return b;
}

/** Draw the locator in `box` (CSS px, in the context's current transform); returns the texts it drew. */
export function drawLocator(
  g: CanvasRenderingContext2D,
  box: Rect,
  data: { oblasts: OblastCollection; line: LineCollection; frame: Bounds; theme: Theme },
): string[] {
  const pad = 3;
  const project = locatorProjection(extentOf(data.oblasts), { x: box.x + pad, y: box.y + pad, width: box.width - 2 * pad, height: box.height - 2 * pad });
  const path = (geoms: readonly (OblastCollection['features'][number]['geometry'] | LineCollection['features'][number]['geometry'])[]) => {
    const p = new Path2D();
    for (const geom of geoms) {
      const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
      for (const poly of polys)
        for (const ring of poly) {
          ring.forEach((pt, i) => {
            const [x, y] = project(pt);
            if (i === 0) p.moveTo(x, y);
            else p.lineTo(x, y);
          });
          p.closePath();
        }
    }
    return p;
  };
  g.save();
  g.beginPath();
  g.rect(box.x, box.y, box.width, box.height);
  g.clip();
  const country = path(data.oblasts.features.map((f) => f.geometry));
  g.fillStyle = data.theme.land;
  g.fill(country, 'nonzero');
  const held = path(data.line.features.filter((f) => f.properties.status === 'russian-controlled').map((f) => f.geometry));
  g.globalAlpha = 0.55;
  g.fillStyle = data.theme.occupied;
  g.fill(held, 'evenodd');
  g.globalAlpha = 1;
  g.strokeStyle = '#8a877f';
  g.lineWidth = 0.6;
  g.stroke(country);
  // The export map's frame.
  const [w, s, e, n] = data.frame;
  const [x0, y0] = project([w, n]);
  const [x1, y1] = project([e, s]);
  g.strokeStyle = INK;
  g.lineWidth = 1.6;
  g.strokeRect(x0, y0, x1 - x0, y1 - y0);
  // Kyiv, to place the country for a reader who does not know its outline.
  const [kx, ky] = project(KYIV);
  g.fillStyle = INK;
  g.beginPath();
  g.arc(kx, ky, 2.2, 0, 2 * Math.PI);
  g.fill();
  g.font = font(10);
  g.fillStyle = MUTED;
  g.textBaseline = 'middle';
  const kyiv = msg().exportImage.kyiv;
  g.fillText(kyiv, kx + 4, ky);
  g.restore();
  return [kyiv];
}
