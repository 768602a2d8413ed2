import type { SeedPlace } from "../types";

// Every place the document names. Coordinates are approximate and the one fact taken from outside
// the document; `region` is only what the document supports (it places Kazakhstan in Central Asia
// and Astana Square in Almaty, and says nothing about where Brussels, Georgia or Ukraine lie).
// The document names Nur-Sultan but never says it is Astana, so it is not recorded as Astana's
// other name (nor is Akmola, which it never mentions).

export const places: SeedPlace[] = [
  {
    slug: "kazakhstan",
    name: "Kazakhstan",
    region: "Central Asia",
    latitude: 48.0196,
    longitude: 66.9237,
  },
  {
    slug: "astana",
    name: "Astana",
    region: "Kazakhstan",
    latitude: 51.1694,
    longitude: 71.4491,
  },
  { slug: "almaty", name: "Almaty", region: "Kazakhstan", latitude: 43.2389, longitude: 76.8897 },
  {
    slug: "astana-square-almaty",
    name: "Astana Square",
    region: "Almaty",
    latitude: 43.2553,
    longitude: 76.9436,
  },
  {
    slug: "zhanaozen",
    name: "Zhanaozen",
    region: "Kazakhstan",
    latitude: 43.3412,
    longitude: 52.8619,
  },
  {
    slug: "shymkent",
    name: "Shymkent",
    region: "Kazakhstan",
    latitude: 42.3417,
    longitude: 69.5901,
  },
  {
    slug: "karasai-district",
    name: "Karasai district",
    region: "Kazakhstan",
    latitude: 43.2,
    longitude: 76.62,
  },
  { slug: "brussels", name: "Brussels", latitude: 50.8503, longitude: 4.3517 },
  { slug: "georgia", name: "Georgia", latitude: 42.3154, longitude: 43.3569 },
  { slug: "ukraine", name: "Ukraine", latitude: 48.3794, longitude: 31.1656 },
  { slug: "kyrgyzstan", name: "Kyrgyzstan", latitude: 41.2044, longitude: 74.7661 },
];
