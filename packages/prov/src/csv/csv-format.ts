// CSV text ⇄ rows of cells, with Papa Parse (RFC 4180: quoted fields, doubled quotes, line
// breaks inside quotes, CRLF or LF). Every cell stays a string: ids such as "00123" and times
// must reach the server exactly as written.
import Papa from "papaparse";
import { CsvTemplateError } from "../errors/prov-errors.js";

/** The rows of a CSV text (a trailing line break adds no empty row). Malformed quoting is a CsvTemplateError. */
export function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { header: false, dynamicTyping: false, skipEmptyLines: false, delimiter: "," });
  const error = result.errors.find((e) => e.type === "Quotes" || e.code === "UndetectableDelimiter");
  if (error !== undefined) throw new CsvTemplateError(`The CSV is malformed at row ${error.row ?? "?"}: ${error.message}`);
  const rows = result.data;
  // A final line break leaves one empty row behind.
  while (rows.length > 0 && rows.at(-1)!.length === 1 && rows.at(-1)![0] === "") rows.pop();
  return rows;
}

/** CSV text for rows of cells: fields quoted when they hold a comma, quote or line break; CRLF line ends. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return "";
  return `${Papa.unparse(rows.map((r) => [...r]), { newline: "\r\n", quotes: false, header: false })}\r\n`;
}
