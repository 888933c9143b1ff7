/** Timestamps are stored as ISO-8601 UTC strings on both databases, so they sort and compare as text. */
export function nowIso(clock: () => Date = () => new Date()): string {
  return clock().toISOString();
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}
