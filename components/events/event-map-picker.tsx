import { env } from "@/lib/env";
import type { Translator } from "@/lib/i18n/translate";
import { MapPicker } from "./map-picker";

// Under the event form's position fields (event-latitude, event-longitude): the map picker, drawn only
// when JavaScript runs (map-picker.tsx); without it the typed coordinates are the way to give a position.
export function EventMapPicker({ t }: { t: Translator }) {
  const { url, attribution } = env().mapTiles;
  return <MapPicker tiles={{ url, attribution }} label={t("eventMap.pickerLabel")} hint={t("eventMap.pickerHint")} />;
}
