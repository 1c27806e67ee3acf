// RFC 4180 CSV, as Python's `csv` module reads and writes it with its defaults: comma separated,
// `"` quoting (doubled inside quotes), fields quoted only when they need it, CRLF line ends on
// write, any line end on read, blank lines skipped.

export class CsvSyntaxError extends Error {}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let fieldStarted = false;
  const endRow = (): void => {
    if (fieldStarted || row.length > 0 || field !== "") row.push(field);
    if (row.length > 0) rows.push(row);
    row = [];
    field = "";
    fieldStarted = false;
  };
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
      continue;
    }
    if (c === '"' && field === "") {
      quoted = true;
      fieldStarted = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
      fieldStarted = true;
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && source[i + 1] === "\n") i++;
      endRow();
    } else field += c;
  }
  if (quoted) throw new CsvSyntaxError("unexpected end of data inside a quoted field");
  endRow();
  return rows;
}

const needsQuotes = /[",\r\n]/;

export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((field) => (needsQuotes.test(field) ? `"${field.replaceAll('"', '""')}"` : field)).join(",") + "\r\n").join("");
}
