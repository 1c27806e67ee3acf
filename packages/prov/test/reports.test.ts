// Report generation over HTTP: a .docx for a study and for a model run, downloaded and opened
// (its document XML checked for what it reports), and the job failures upstream gives.
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RequestValidationError, UnprocessableEntityError } from "@provena-sdk/http-core";
import { JobFailedError } from "@provena-sdk/jobs";
import { ProvClient } from "../src/index.js";
import type { World } from "./support/world.js";
import { buildWorld } from "./support/world.js";

let w: World;
let run: string;
let input: string, output: string;

beforeAll(async () => {
  w = await buildWorld();
  input = await w.dataset("report input");
  output = await w.dataset("report output");
  run = (await w.user.prov.register(w.record(input, output, { display_name: "Reported run", study_id: w.study }), { wait: true })).modelRunId;
}, 120_000);

afterAll(() => w?.stop());

/** The text of a .docx's main document (all runs joined). */
function documentText(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  expect(Object.keys(files)).toContain("[Content_Types].xml");
  const xml = strFromU8(files["word/document.xml"]!);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(" ");
}

describe("reports", () => {
  it("a study report: a real .docx naming the study and the model run linked to it", async () => {
    const report = await w.user.prov.generateReport({ id: w.study, itemSubtype: "STUDY", depth: 2 }, { wait: true });
    const bytes = await w.user.prov.downloadReport(report.reportUrl);
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]); // a zip, as every .docx
    const text = documentText(bytes);
    expect(text).toContain("Catchment study");
    expect(text).toContain(run);
  });

  it("a model run report names the run, its inputs and outputs", async () => {
    const report = await w.user.prov.generateReport({ id: run, itemSubtype: "MODEL_RUN", depth: 1 }, { wait: true });
    const text = documentText(await w.user.prov.downloadReport(report.reportUrl));
    expect(text).toContain(run);
    expect(text).toContain(input);
    expect(text).toContain(output);
  });

  it("a study with no connections fails its job, as upstream answers it", async () => {
    const lonely = (await w.user.registry.study.create({ display_name: "Lonely study", title: "Lonely study", description: "Nothing links here" })).item.id;
    const error = await w.user.prov.generateReport({ id: lonely, itemSubtype: "STUDY", depth: 1 }, { wait: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobFailedError);
    expect((error as JobFailedError).info).toContain("does not have any associated model runs");
  });

  it("an unknown study and an unsupported subtype fail the job, with the session id on the error", async () => {
    const unknown = await w.user.prov.generateReport({ id: "10378.1/none", itemSubtype: "STUDY", depth: 1 }, { wait: true }).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(JobFailedError);
    expect((unknown as JobFailedError).info).toContain("Validation error with provided STUDY");
    expect((unknown as JobFailedError).sessionId).toMatch(/^[0-9a-f-]{36}$/);
    const unchecked = new ProvClient({ transport: w.user.transport, validateRequests: false });
    const unsupported = await unchecked.generateReport({ id: w.model, itemSubtype: "MODEL" as "STUDY", depth: 1 }, { wait: true }).catch((e: unknown) => e);
    expect(unsupported).toBeInstanceOf(JobFailedError);
    expect((unsupported as JobFailedError).info).toContain("Unsupported item subtype for validation.");
  });

  it("a depth outside 1..3 is refused by the client, and by the server (422) when unchecked", async () => {
    await expect(w.user.prov.generateReport({ id: w.study, itemSubtype: "STUDY", depth: 4 })).rejects.toBeInstanceOf(RequestValidationError);
    const unchecked = new ProvClient({ transport: w.user.transport, validateRequests: false });
    await expect(unchecked.generateReport({ id: w.study, itemSubtype: "STUDY", depth: 4 })).rejects.toBeInstanceOf(UnprocessableEntityError);
  });
});
