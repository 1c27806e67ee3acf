// The close-out report as a Word document (docx), laid out as upstream's: a title, "Report for
// <subtype>: <name>" linking the origin's handle, and a two-column table of the modelling team
// (a placeholder to fill in), the inputs, the model runs and the outputs, each entry
// "<Subtype>: <name>, <handle link>".
import { BorderStyle, Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { StoredItem } from "../../registry/tables.js";
import type { ReportContent } from "./report-content.js";

export const HANDLE_BASE_URL = "http://hdl.handle.net/";
export const REPORT_TITLE = "Model Run Study Close Out Report";

/** `MODEL_RUN` → `Model Run`. */
export const friendlySubtype = (subtype: string): string =>
  subtype
    .toLowerCase()
    .split("_")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");

const nameOf = (item: StoredItem): string => (typeof item.display_name === "string" ? item.display_name : item.id);

const handleLink = (item: StoredItem, text: string): ExternalHyperlink =>
  new ExternalHyperlink({ link: `${HANDLE_BASE_URL}${item.id}`, children: [new TextRun({ text, style: "Hyperlink" })] });

function entry(item: StoredItem): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: friendlySubtype(item.item_subtype), bold: true }), new TextRun(`: ${nameOf(item)}, `), handleLink(item, item.id)] });
}

const GRID = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;

function row(label: string, paragraphs: Paragraph[]): TableRow {
  return new TableRow({
    children: [
      new TableCell({ width: { size: 15, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [new TextRun({ text: label, bold: true })] })] }),
      new TableCell({ width: { size: 85, type: WidthType.PERCENTAGE }, children: paragraphs.length === 0 ? [new Paragraph("")] : paragraphs }),
    ],
  });
}

export async function renderReport(content: ReportContent): Promise<Buffer> {
  const origin = content.origin;
  const document = new Document({
    creator: "provena-local",
    title: `${REPORT_TITLE}: ${nameOf(origin)}`,
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(REPORT_TITLE)] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: `Report for ${friendlySubtype(origin.item_subtype)}: `, color: "0000FF" }), handleLink(origin, nameOf(origin))] }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            borders: { top: GRID, bottom: GRID, left: GRID, right: GRID, insideHorizontal: GRID, insideVertical: GRID },
            rows: [
              row("Modelling Team", [new Paragraph({ children: [new TextRun({ text: "<enter your team name here>", italics: true })] })]),
              row("Inputs", content.inputs.map(entry)),
              row("Model Runs", content.modelRuns.map(entry)),
              row("Outputs", content.outputs.map(entry)),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
