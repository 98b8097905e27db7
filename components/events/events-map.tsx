"use client";

import "leaflet/dist/leaflet.css";
import { useEffect, useRef } from "react";
import { createMap, loadLeaflet, pinIcon, type TileSource } from "./leaflet-loader";
import styles from "./events-map.module.css";

export type MapMarker = { id: string; title: string; when: string; href: string; latitude: number; longitude: number };

type Props = { markers: MapMarker[]; tiles: TileSource; label: string; noScript: string; /** How close the map may come when it fits its pins (one event's page: its street). */ maxZoom?: number };

/**
 * The coming events as pins; each pin's popup names the event and links to its page. Drawn only when
 * JavaScript runs: the page lists every event in HTML beside it, and that list is the page without it.
 */
export function EventsMap({ markers, tiles, label, noScript, maxZoom = 13 }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const without = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (!container.current) return;
    let map: import("leaflet").Map | undefined;
    let cancelled = false;
    void loadLeaflet().then((L) => {
      if (cancelled || !container.current) return;
      container.current.hidden = false;
      if (without.current) without.current.hidden = true;
      map = createMap(L, container.current, tiles);
      const icon = pinIcon(L, styles.pin!);
      for (const m of markers) {
        L.marker([m.latitude, m.longitude], { icon, title: m.title, alt: m.title, riseOnHover: true }).bindPopup(popup(m)).addTo(map);
      }
      const bounds = L.latLngBounds(markers.map((m) => [m.latitude, m.longitude] as [number, number]));
      map.fitBounds(bounds.pad(0.2), { maxZoom });
    });
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [markers, tiles, maxZoom]);

  // The map is hidden until the script runs, and the sentence saying it needs one is then hidden: without
  // it, the list below is the page.
  return (
    <>
      <p ref={without} className={styles.hint}>
        {noScript}
      </p>
      <div ref={container} className={styles.map} role="region" aria-label={label} hidden />
    </>
  );
}

/** The popup built from elements, not HTML: titles are typed by hosts. */
function popup(marker: MapMarker): HTMLElement {
  const box = document.createElement("div");
  const title = document.createElement("a");
  title.className = styles.popupTitle!;
  title.href = marker.href;
  title.textContent = marker.title;
  const when = document.createElement("span");
  when.className = styles.popupWhen!;
  when.textContent = marker.when;
  box.append(title, when);
  return box;
}
