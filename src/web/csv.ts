/**
 * RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled, lines end in CRLF.
 * `spreadsheetSafe` prefixes cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR)
 * with an apostrophe (OWASP "CSV injection"); data exchange files keep their values exactly.
 */
export function csvCell(v: string | number | null | undefined, opts: { spreadsheetSafe?: boolean } = {}): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  const text = opts.spreadsheetSafe && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as one CSV document. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[], opts: { spreadsheetSafe?: boolean } = {}): string {
  return rows.map((r) => r.map((c) => csvCell(c, opts)).join(",")).join("\r\n") + "\r\n";
}
