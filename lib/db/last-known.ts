import { isDatabaseUnavailable } from "./is-unavailable";

// The last answer of a small public query (a campaign's header, the list of open petitions), kept in this
// process so that a form page can still be rendered while the database is away: a supporter who posted
// the sponsor or resend form without JavaScript gets the form back with their answers and "nothing was
// saved, try again" instead of a bare 500 (docs/decisions/020). Used only when the database is
// unavailable; every other time the query runs as usual. Public data only: nothing personal is kept.

const MAX_ENTRIES = 500;
const known = new Map<string, unknown>();

export async function withLastKnown<T>(key: string, load: () => Promise<T>): Promise<T> {
  try {
    const value = await load();
    if (!known.has(key) && known.size >= MAX_ENTRIES) known.delete(known.keys().next().value!);
    known.set(key, value);
    return value;
  } catch (error) {
    if (isDatabaseUnavailable(error) && known.has(key)) return known.get(key) as T;
    throw error;
  }
}
