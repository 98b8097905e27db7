import type { BuiltCalendar } from "./calendar-feed";

// The answer of both iCal routes: the calendar as text/calendar, or a plain 404.

export function calendarResponse(built: BuiltCalendar | null, filename: string): Response {
  if (!built) return notFoundResponse();
  return new Response(built.ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      // Opened in a browser, the file is offered to the calendar app under a readable name.
      "Content-Disposition": `inline; filename="${filename}"`,
      "Last-Modified": new Date(Math.floor(built.updated.getTime() / 1000) * 1000).toUTCString(),
    },
  });
}

export function notFoundResponse(): Response {
  return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
