// When an event counts as upcoming or past, as Prisma filters. An event is upcoming until it ends
// (or, without an end time, until it starts); past after that.

export function upcomingEventWhere(now: Date) {
  return { OR: [{ endsAt: { gte: now } }, { endsAt: null, startsAt: { gte: now } }] };
}

/** The complement of upcomingEventWhere, written out: NOT over a NULL end time would match nothing. */
export function pastEventWhere(now: Date) {
  return { OR: [{ endsAt: { lt: now } }, { endsAt: null, startsAt: { lt: now } }] };
}
