// Export of the current view: tables as CSV (RFC 4180, UTF-8 with a BOM so Excel reads Chinese correctly)
// or JSON, graphs as PNG or SVG. Everything is made in the browser; nothing goes back to the server.

const needsQuotes = /[",\r\n]/;

/** One CSV field: quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvField(value) {
  const text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return needsQuotes.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table as CSV text: a header row, then one row per record, CRLF line ends as RFC 4180 says. */
export function toCsv(fields, rows) {
  return [fields, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A table as a JSON array of objects keyed by field. */
export function toJsonRecords(fields, rows) {
  return rows.map((row) => Object.fromEntries(fields.map((f, i) => [f, row[i] ?? null])));
}

/** A file name from a view name: letters, digits and CJK kept, the rest dashed. */
export function fileName(base, ext) {
  const safe = String(base || 'export').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'export';
  return `${safe}.${ext}`;
}

export function download(name, content, type) {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadCsv(base, fields, rows) {
  download(fileName(base, 'csv'), '\uFEFF' + toCsv(fields, rows), 'text/csv;charset=utf-8');
}

export function downloadJson(base, value) {
  download(fileName(base, 'json'), JSON.stringify(value, null, 2), 'application/json');
}
