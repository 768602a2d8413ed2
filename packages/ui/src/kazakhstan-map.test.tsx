import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { mapGeometry } from "./kazakhstan-geo";
import { KazakhstanMap, type MapPlace } from "./kazakhstan-map";

const place = (
  slug: string,
  name: string,
  latitude: number | null,
  longitude: number | null,
  eventCount: number,
): MapPlace => ({
  slug,
  name,
  latitude,
  longitude,
  eventCount,
  href: `/places/${slug}`,
});

describe("mapGeometry", () => {
  it("puts Almaty south-east of Astana", () => {
    const { project } = mapGeometry();
    const almaty = project(76.89, 43.24);
    const astana = project(71.45, 51.17);
    expect(almaty).not.toBeNull();
    expect(astana).not.toBeNull();
    const [ax, ay] = almaty ?? [0, 0];
    const [bx, by] = astana ?? [0, 0];
    expect(ax).toBeGreaterThan(bx); // east: further right
    expect(ay).toBeGreaterThan(by); // south: further down
  });

  it("leaves out points beyond the frame", () => {
    expect(mapGeometry().project(4.35, 50.85)).toBeNull(); // Brussels
  });

  it("keeps the outlines compact", () => {
    const { kazakhstan, neighbours } = mapGeometry();
    expect(kazakhstan).toMatch(/^M\d+ \d+l/);
    const total = kazakhstan.length + neighbours.reduce((n, c) => n + c.d.length, 0);
    expect(total).toBeLessThan(12_000);
    expect(neighbours.map((n) => n.name)).toEqual(expect.arrayContaining(["Russia", "China"]));
  });
});

describe("KazakhstanMap", () => {
  const svg = renderToStaticMarkup(
    <KazakhstanMap
      places={[
        place("almaty", "Almaty", 43.2389, 76.8897, 12),
        place("astana", "Astana", 51.1694, 71.4491, 1),
        place("brussels", "Brussels", 50.85, 4.35, 3),
        place("nowhere", "Nowhere", null, null, 2),
      ]}
    />,
  );

  it("draws Kazakhstan", () => {
    expect(svg).toMatch(/<path data-country="kazakhstan" d="M\d+ \d+l[^"]+"/);
  });

  it("has a title and a description", () => {
    expect(svg).toMatch(/<title id="[^"]+">Places in the record<\/title>/);
    expect(svg).toMatch(/<desc id="[^"]+">A map of Kazakhstan/);
  });

  it("links each place in the frame, with a name", () => {
    expect(svg).toContain('<a href="/places/almaty" aria-label="Almaty: 12 events">');
    expect(svg).toContain('<a href="/places/astana" aria-label="Astana: 1 event">');
    expect(svg).not.toContain("/places/brussels");
    expect(svg).not.toContain("/places/nowhere");
  });
});
