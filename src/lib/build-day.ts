/**
 * The day the site is built. It decides which statuses are more than two years old, so a
 * rebuild moves them on. SITE_TODAY=YYYY-MM-DD pins the day for a reproducible build or a test.
 */
export function buildDay(): Date {
  const pinned = process.env.SITE_TODAY;
  const day = pinned ? new Date(`${pinned}T00:00:00Z`) : new Date();
  if (Number.isNaN(day.getTime()))
    throw new Error(`SITE_TODAY must be written YYYY-MM-DD; received "${pinned}"`);
  return day;
}
