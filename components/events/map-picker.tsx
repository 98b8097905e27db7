"use client";

import "leaflet/dist/leaflet.css";
import type { LeafletMouseEvent } from "leaflet";
import { useEffect, useRef } from "react";
import { createMap, loadLeaflet, pinIcon, type TileSource } from "./leaflet-loader";
import styles from "./events-map.module.css";

type Props = { tiles: TileSource; label: string; hint: string };

const LATITUDE = "event-latitude";
const LONGITUDE = "event-longitude";

/**
 * Under the form's position fields: with JavaScript, a small map where a click writes the point into
 * the latitude and longitude fields, and typed coordinates move the pin. Without it, nothing: the
 * typed coordinates are the way to give a position, and they post the same.
 */
export function MapPicker({ tiles, label, hint }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const latitude = document.getElementById(LATITUDE) as HTMLInputElement | null;
    const longitude = document.getElementById(LONGITUDE) as HTMLInputElement | null;
    if (!latitude || !longitude || !container.current) return;
    let cleanup = () => {};
    let cancelled = false;
    void loadLeaflet().then((L) => {
      if (cancelled || !container.current || !box.current) return;
      box.current.hidden = false;
      const map = createMap(L, container.current, tiles);
      const marker = L.marker([0, 0], { icon: pinIcon(L, styles.pin!), keyboard: false, interactive: false });
      const typed = (): [number, number] | null => {
        const lat = Number(latitude.value.trim().replace(",", "."));
        const lng = Number(longitude.value.trim().replace(",", "."));
        const valid = latitude.value.trim() !== "" && longitude.value.trim() !== "" && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
        return valid && Number.isFinite(lat) && Number.isFinite(lng) ? [lat, lng] : null;
      };
      const follow = (zoom: boolean) => {
        const point = typed();
        if (!point) {
          marker.remove();
          return;
        }
        marker.setLatLng(point).addTo(map);
        if (zoom) map.setView(point, Math.max(map.getZoom(), 14));
        else map.panTo(point);
      };
      const start = typed();
      if (start) {
        map.setView(start, 14);
        marker.setLatLng(start).addTo(map);
      } else map.setView([30, 10], 2);
      map.on("click", (e: LeafletMouseEvent) => {
        const { lat, lng } = e.latlng.wrap();
        latitude.value = lat.toFixed(5);
        longitude.value = lng.toFixed(5);
        marker.setLatLng([Number(latitude.value), Number(longitude.value)]).addTo(map);
      });
      const onInput = () => follow(false);
      const onChange = () => follow(true);
      for (const input of [latitude, longitude]) {
        input.addEventListener("input", onInput);
        input.addEventListener("change", onChange);
      }
      cleanup = () => {
        for (const input of [latitude, longitude]) {
          input.removeEventListener("input", onInput);
          input.removeEventListener("change", onChange);
        }
        map.remove();
      };
    });
    return () => {
      cancelled = true;
      cleanup();
    };
  }, [tiles]);

  return (
    <div ref={box} hidden>
      <p className={styles.hint}>{hint}</p>
      <div ref={container} className={styles.picker} role="region" aria-label={label} />
    </div>
  );
}
