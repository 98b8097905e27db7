// Where the map picker goes under the form's position fields (event-latitude, event-longitude). Until
// the map picker lands, nothing: the typed coordinates are the way to give a position.
export function EventMapPicker() {
  return null;
}
