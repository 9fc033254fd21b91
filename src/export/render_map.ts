/**
 * Render the map for an export in a hidden, offscreen MapLibre map built from the same style
 * builder as the page, at a given size (CSS px) and pixel ratio.
 */
import { Map as MlMap, type StyleSpecification } from 'maplibre-gl';
import type { AppContext } from '../ui/context';
import type { AppState } from '../state/state';
import type { StyleOptions } from '../style/build_style';
import { GUARD_IMAGE, LAYER } from '../style/ids';
import { GUARD_PX } from './frame';
import { msg } from '../text/i18n';

/** Where the export map looks: the page's camera, or one framed for the export (export/frame.ts). */
export type ExportCamera = { center: [number, number]; zoom: number };

export interface RenderedMap {
  /** The hidden map's WebGL canvas (drawing buffer preserved). */
  canvas: HTMLCanvasElement;
  /** The camera the hidden map settled on. */
  center: [number, number];
  zoom: number;
  /** The labels MapLibre placed, and those that run past an edge of the map (cut in the image). */
  labels: PlacedLabels;
  /** Remove the hidden map and its container. */
  dispose(): void;
}

/** Labels of a rendered map: the town, oblast and water names and the export's own, as drawn. */
export interface PlacedLabels {
  /** The labels MapLibre placed (its collision has run), by layer id. */
  placed: Record<string, string[]>;
  /** Labels whose box runs past an edge of the map: they would be cut in the image. */
  atEdges: string[];
}

const LABEL_LAYERS = [LAYER.townLabels, LAYER.minorTownLabels, LAYER.oblastLabels, LAYER.waterLabels, LAYER.exportLabels];

/** The labels a map has placed, and those running past its edges. */
function placedLabels(map: MlMap): PlacedLabels {
  const layers = LABEL_LAYERS.filter((id) => map.getLayer(id));
  const text = (f: ReturnType<MlMap['queryRenderedFeatures']>[number]) => String(f.properties.text ?? f.properties.name ?? '');
  const c = map.getContainer();
  const [W, H, m] = [c.clientWidth, c.clientHeight, 60];
  // Boxes just outside each edge: a label that reaches into one is cut by the image's edge.
  const outside: [[number, number], [number, number]][] = [
    [[-m, -m], [-0.5, H + m]],
    [[W + 0.5, -m], [W + m, H + m]],
    [[-m, -m], [W + m, -0.5]],
    [[-m, H + 0.5], [W + m, H + m]],
  ];
  const placed: Record<string, string[]> = {};
  for (const f of map.queryRenderedFeatures({ layers })) (placed[f.layer.id] ??= []).push(text(f));
  for (const k of Object.keys(placed)) placed[k] = [...new Set(placed[k])].sort();
  return { placed, atEdges: [...new Set(outside.flatMap((box) => map.queryRenderedFeatures(box, { layers }).map(text)))].sort() };
}

/** The guards' icon: transparent, GUARD_PX square; only its box counts (for MapLibre's collision). */
const guardImage = () => ({ width: GUARD_PX, height: GUARD_PX, data: new Uint8Array(GUARD_PX * GUARD_PX * 4) });

/** Thrown when the GPU cannot give a canvas of the size asked for. */
export class CanvasTooLargeError extends Error {}

/**
 * The largest canvas side this browser's WebGL allows, px: the smallest of the texture,
 * renderbuffer and viewport limits. Read from the page map's own context (no new context).
 */
export function gpuMaxSide(ctx: AppContext): number {
  const gl = ctx.map.getCanvas().getContext('webgl2') as WebGL2RenderingContext | null;
  if (!gl) return 4096;
  const dims = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  return Math.min(gl.getParameter(gl.MAX_TEXTURE_SIZE) as number, gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number, dims[0]!, dims[1]!);
}

/**
 * Render a state's style (the current one by default) at `width`×`height` CSS px and
 * `pixelRatio`, and wait until it is idle: on a map of the page (`live`, the main map by default)
 * when that map shows this state at this size, else in a hidden map. The caller draws the canvas,
 * then calls `dispose()`.
 */
export async function renderMap(
  ctx: AppContext,
  opts: {
    width: number;
    height: number;
    pixelRatio: number;
    camera: ExportCamera;
    timeoutMs?: number;
    state?: AppState;
    live?: MlMap | null;
    /** The export's labels and edge guards, drawn by a hidden map (see StyleOptions.exportMarks). */
    marks?: StyleOptions['exportMarks'];
    /** A style of its own (small multiples: another date's line); by default the state's. */
    style?: StyleSpecification;
  },
): Promise<RenderedMap> {
  const want = { w: Math.floor(opts.width * opts.pixelRatio), h: Math.floor(opts.height * opts.pixelRatio) };
  const limit = gpuMaxSide(ctx);
  if (want.w > limit || want.h > limit) {
    throw new CanvasTooLargeError(msg().exportImage.mapTooLarge(want.w, want.h, limit));
  }
  // The view at its own size: draw it with the page's map at the asked pixel ratio. Its WebGL
  // context has compiled its shaders already; a new context compiles them again, which on a
  // software GPU costs seconds. MapLibre clamps its canvas at 4096 px: larger goes offscreen.
  const main = opts.live === undefined ? ctx.map : opts.live;
  const box = main?.getContainer();
  const cam0 = opts.camera;
  // Only where that map shows this camera (the view as shown; a second map of a comparison follows the first).
  const same = (m: MlMap) =>
    Math.abs(m.getZoom() - cam0.zoom) < 1e-6 && Math.abs(m.getCenter().lng - cam0.center[0]) < 1e-7 && Math.abs(m.getCenter().lat - cam0.center[1]) < 1e-7;
  if (
    main &&
    box &&
    same(main) &&
    opts.width === box.clientWidth &&
    opts.height === box.clientHeight &&
    want.w <= 4096 &&
    want.h <= 4096
  ) {
    const before = main.getPixelRatio();
    if (opts.pixelRatio !== before) main.setPixelRatio(opts.pixelRatio);
    const restore = () => {
      if (main.getPixelRatio() !== before) main.setPixelRatio(before);
    };
    try {
      await new Promise<void>((resolve) => {
        main.once('idle', () => resolve());
        main.triggerRepaint();
      });
      const canvas = main.getCanvas();
      if (canvas.width < want.w || canvas.height < want.h) {
        throw new CanvasTooLargeError(msg().exportImage.gpuGave(canvas.width, canvas.height, want.w, want.h));
      }
      const c = main.getCenter();
      return { canvas, center: [c.lng, c.lat], zoom: main.getZoom(), labels: placedLabels(main), dispose: restore };
    } catch (e) {
      restore();
      throw e;
    }
  }
  const container = document.createElement('div');
  container.className = 'swapmap-export-stage';
  container.setAttribute('aria-hidden', 'true');
  // Offscreen but laid out (MapLibre sizes its canvas from clientWidth/clientHeight).
  Object.assign(container.style, {
    position: 'fixed', left: '-20000px', top: '0', width: `${opts.width}px`, height: `${opts.height}px`, pointerEvents: 'none',
  });
  document.body.append(container);
  const cam = opts.camera;
  let map: MlMap;
  try {
    map = new MlMap({
      container,
      style: opts.style ?? ctx.styleFor(opts.state ?? ctx.state(), opts.marks),
      center: cam.center,
      zoom: cam.zoom,
      pixelRatio: opts.pixelRatio,
      maxCanvasSize: [limit, limit],
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
  } catch (e) {
    container.remove();
    throw e;
  }
  const dispose = () => {
    map.remove();
    container.remove();
  };
  try {
    // Patterns before any tile is laid out: a tile parsed before its pattern exists lacks it.
    for (const [id, img] of Object.entries(ctx.patterns)) if (!map.hasImage(id)) map.addImage(id, img, { pixelRatio: 1 });
    if (opts.marks) map.addImage(GUARD_IMAGE, guardImage(), { pixelRatio: 1 });
    map.on('styleimagemissing', (e) => {
      const img = ctx.patterns[e.id];
      if (img && !map.hasImage(e.id)) map.addImage(e.id, img, { pixelRatio: 1 });
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(msg().exportImage.mapTimeout)), opts.timeoutMs ?? 45_000);
      map.once('idle', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    const canvas = map.getCanvas();
    if (canvas.width < want.w || canvas.height < want.h) {
      throw new CanvasTooLargeError(msg().exportImage.gpuGave(canvas.width, canvas.height, want.w, want.h));
    }
    const c = map.getCenter();
    return { canvas, center: [c.lng, c.lat], zoom: map.getZoom(), labels: placedLabels(map), dispose };
  } catch (e) {
    dispose();
    throw e;
  }
}
