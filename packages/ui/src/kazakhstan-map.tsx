import { useId } from "react";

import { MAP_HEIGHT, MAP_WIDTH, mapGeometry } from "./kazakhstan-geo";

export interface MapPlace {
  slug: string;
  name: string;
  latitude: number | null;
  longitude: number | null;
  eventCount: number;
  href: string;
}

export interface KazakhstanMapLabels {
  title: string;
  description: string;
  /** The accessible name of a marker, e.g. "Almaty: 12 events". */
  marker: (place: MapPlace) => string;
}

export const englishKazakhstanMapLabels: KazakhstanMapLabels = {
  title: "Places in the record",
  description:
    "A map of Kazakhstan and its neighbours. Each marker is a place named in the record, sized by its number of events, and links to that place.",
  marker: (p) => `${p.name}: ${p.eventCount} ${p.eventCount === 1 ? "event" : "events"}`,
};

export interface KazakhstanMapProps {
  places: readonly MapPlace[];
  labels?: KazakhstanMapLabels;
}

const LABEL_CHAR_W = 7;
const LABEL_H = 14;

type Box = { x0: number; y0: number; x1: number; y1: number };
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Where each marker's name goes: right of it, else left, else nowhere (the link keeps its name). */
function placeLabels(markers: { name: string; x: number; y: number; r: number }[]) {
  const circles: Box[] = markers.map(({ x, y, r }) => ({
    x0: x - r,
    y0: y - r,
    x1: x + r,
    y1: y + r,
  }));
  const names: Box[] = [];
  return markers.map(({ name, x, y, r }, i) => {
    const w = name.length * LABEL_CHAR_W;
    for (const side of ["right", "left"] as const) {
      const x0 = side === "right" ? x + r + 4 : x - r - 4 - w;
      const box = { x0, y0: y - LABEL_H / 2, x1: x0 + w, y1: y + LABEL_H / 2 };
      const free =
        box.x0 >= 0 &&
        box.x1 <= MAP_WIDTH &&
        !names.some((n) => overlaps(n, box)) &&
        !circles.some((c, j) => j !== i && overlaps(c, box));
      if (free) {
        names.push(box);
        return side;
      }
    }
    return null;
  });
}

/**
 * Kazakhstan with its neighbours drawn faintly, from Natural Earth 1:50m data bundled with the
 * package (no tiles, no network), and a linked marker per place. Places without coordinates or
 * outside the frame are left out; the page should list all places as text as well.
 */
export function KazakhstanMap({ places, labels = englishKazakhstanMapLabels }: KazakhstanMapProps) {
  const id = useId();
  const geo = mapGeometry();
  // Larger places first, so their names win label space and smaller markers draw on top.
  const markers = places
    .flatMap((place) => {
      const p =
        place.latitude === null || place.longitude === null
          ? null
          : geo.project(place.longitude, place.latitude);
      if (!p) return [];
      const r = Math.min(14, 4 + Math.sqrt(place.eventCount) * 1.6);
      return [{ place, name: place.name, x: Math.round(p[0]), y: Math.round(p[1]), r }];
    })
    .sort((a, b) => b.place.eventCount - a.place.eventCount || a.name.localeCompare(b.name));
  const sides = placeLabels(markers);

  return (
    // A group, not role="img": an image's children are hidden from assistive technology, and the
    // markers are links that must stay reachable.
    <svg
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      role="group"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      className="kz-map h-auto w-full font-sans text-[13px]"
    >
      <title id={`${id}-title`}>{labels.title}</title>
      <desc id={`${id}-desc`}>{labels.description}</desc>
      <g aria-hidden="true">
        <rect width={MAP_WIDTH} height={MAP_HEIGHT} fill="#eef3f7" />
        {geo.neighbours.map((n) => (
          <path key={n.name} d={n.d} fill="#f8fafc" stroke="#cbd5e1" strokeWidth={0.75} />
        ))}
        <path
          data-country="kazakhstan"
          d={geo.kazakhstan}
          fill="#ffffff"
          stroke="#06283d"
          strokeWidth={1.25}
        />
      </g>
      {markers.map((m, i) => {
        const side = sides[i];
        return (
          <a key={m.place.slug} href={m.place.href} aria-label={labels.marker(m.place)}>
            <circle
              cx={m.x}
              cy={m.y}
              r={m.r}
              fill="#004f74"
              fillOpacity={0.75}
              stroke="#fff"
              strokeWidth={1.5}
            />
            {side ? (
              <text
                x={side === "right" ? m.x + m.r + 4 : m.x - m.r - 4}
                y={m.y + 4}
                textAnchor={side === "right" ? "start" : "end"}
                fill="#06283d"
                stroke="#fff"
                strokeWidth={3}
                paintOrder="stroke"
              >
                {m.name}
              </text>
            ) : null}
          </a>
        );
      })}
    </svg>
  );
}
