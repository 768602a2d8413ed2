import { geoConicConformal, geoPath, type GeoContext } from "d3-geo";
import type { Feature, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries50m from "world-atlas/countries-50m.json";

/** ISO 3166-1 numeric code, the id Natural Earth's countries carry in world-atlas. */
export const KAZAKHSTAN_ID = "398";

export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 440;
const PADDING = 20;

/**
 * Builds compact SVG path data: whole pixels, relative moves, and points closer than `minGap`
 * pixels to the previous kept one dropped. At this size the 1:50m outlines would otherwise be
 * ~25 kB of HTML; this keeps them near 8 kB without visibly changing the shapes. Rings that end up
 * with fewer than three points (small islands) are left out.
 */
class CompactPath implements GeoContext {
  private d = "";
  private ring: [number, number][] = [];

  constructor(private readonly minGap: number) {}

  beginPath() {}

  arc() {}

  moveTo(x: number, y: number) {
    this.flush(false);
    this.ring = [[Math.round(x), Math.round(y)]];
  }

  lineTo(x: number, y: number) {
    const last = this.ring.at(-1);
    const point: [number, number] = [Math.round(x), Math.round(y)];
    if (last && Math.hypot(point[0] - last[0], point[1] - last[1]) < this.minGap) return;
    this.ring.push(point);
  }

  closePath() {
    this.flush(true);
  }

  take(): string {
    this.flush(false);
    const d = this.d;
    this.d = "";
    return d;
  }

  private flush(close: boolean) {
    const [start, ...rest] = this.ring;
    this.ring = [];
    if (!start || rest.length < 2) return;
    let [px, py] = start;
    let d = `M${px} ${py}l`;
    let first = true;
    for (const [x, y] of rest) {
      const [dx, dy] = [x - px, y - py];
      // A minus sign separates numbers by itself, so a space is needed only before non-negatives.
      d += `${first || dx < 0 ? "" : " "}${dx}${dy < 0 ? "" : " "}${dy}`;
      [px, py, first] = [x, y, false];
    }
    this.d += close ? `${d}z` : d;
  }
}

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export interface MapGeometry {
  kazakhstan: string;
  neighbours: { id: string; name: string; d: string }[];
  /** [x, y] in the map's SVG coordinates, or null when the point falls outside the frame. */
  project: (longitude: number, latitude: number) => [number, number] | null;
}

let memo: MapGeometry | undefined;

/**
 * Kazakhstan fitted to the frame with a conic projection (true to shape at its latitudes), and
 * whatever of its neighbours falls inside the frame. Computed once per process.
 */
export function mapGeometry(): MapGeometry {
  if (memo) return memo;
  const topology = countries50m as unknown as Countries;
  const all = feature(topology, topology.objects.countries).features as Feature<
    Geometry,
    { name: string }
  >[];
  const kz = all.find((f) => String(f.id) === KAZAKHSTAN_ID);
  if (!kz) throw new Error("Kazakhstan is missing from world-atlas");

  const projection = geoConicConformal()
    .parallels([44, 52])
    .rotate([-67, 0])
    .fitExtent(
      [
        [PADDING, PADDING],
        [MAP_WIDTH - PADDING, MAP_HEIGHT - PADDING],
      ],
      kz,
    )
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ]);
  const outline = (f: Feature, minGap: number) => {
    const context = new CompactPath(minGap);
    geoPath(projection, context)(f);
    return context.take();
  };

  memo = {
    kazakhstan: outline(kz, 2),
    neighbours: all
      .filter((f) => f !== kz)
      .map((f) => ({ id: String(f.id), name: f.properties.name, d: outline(f, 3) }))
      .filter((n) => n.d !== ""),
    project: (longitude, latitude) => {
      const p = projection([longitude, latitude]);
      if (!p || p[0] < 0 || p[0] > MAP_WIDTH || p[1] < 0 || p[1] > MAP_HEIGHT) return null;
      return p;
    },
  };
  return memo;
}
