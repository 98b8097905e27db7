import type * as Leaflet from "leaflet";

// What the events map and the form's map picker share. Only ever imported by their client components:
// Leaflet itself is fetched by `import()` once the component runs in a browser, so a page without
// these components, or a reader without JavaScript, never downloads it (docs/decisions/029).

export type TileSource = { url: string; attribution: string };

export function loadLeaflet(): Promise<typeof Leaflet> {
  return import("leaflet").then((module) => ("default" in module ? (module.default as typeof Leaflet) : module));
}

/** Leaflet writes the attribution as HTML: the operator's credit is text, escaped here. */
function asText(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A map in `container` with the configured tiles, scroll-wheel zoom off (a page scrolls past it). */
export function createMap(L: typeof Leaflet, container: HTMLElement, tiles: TileSource): Leaflet.Map {
  const map = L.map(container, { scrollWheelZoom: false, worldCopyJump: true });
  L.tileLayer(tiles.url, { attribution: asText(tiles.attribution), maxZoom: 19 }).addTo(map);
  return map;
}

/** A pin drawn in CSS (events-map.module.css): no marker images to find. */
export function pinIcon(L: typeof Leaflet, className: string): Leaflet.DivIcon {
  return L.divIcon({ className, iconSize: [22, 22], iconAnchor: [11, 22], popupAnchor: [0, -20] });
}
