// Mint and update check the metadata before sending: the model, then the data store's field
// rules. The client points at a closed port, so reaching the network would be a NetworkError:
// a RequestValidationError proves nothing was sent.
import { NetworkError, RequestValidationError } from "@provena-sdk/http-core";
import { describe, expect, it } from "vitest";
import { collectionFormatIssues, createDatastoreClient, externalAccess, repositedAccess } from "../src/index.js";
import type { CollectionFormat } from "../src/index.js";
import { collectionFormat } from "./support/metadata.js";

const offline = createDatastoreClient({ endpoints: { datastore: "http://127.0.0.1:9", jobs: "http://127.0.0.1:9" }, retry: false, validation: "strict" });

function withApproval(name: keyof CollectionFormat["approvals"], relevant: boolean, obtained: boolean): CollectionFormat {
  const format = collectionFormat("ORG", "ORG");
  format.approvals[name] = { relevant, obtained };
  return format;
}

describe("client-side metadata checks", () => {
  it("sends valid metadata (and so fails only on the network)", async () => {
    await expect(offline.mint(collectionFormat("ORG", "ORG"))).rejects.toBeInstanceOf(NetworkError);
  });

  it.each(["ethics_registration", "ethics_access", "indigenous_knowledge", "export_controls"] as const)("refuses %s relevant-but-not-obtained and obtained-but-not-relevant", async (name) => {
    for (const [relevant, obtained] of [[true, false], [false, true]] as const) {
      const error = await offline.mint(withApproval(name, relevant, obtained)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RequestValidationError);
      expect((error as RequestValidationError).issues.map((i) => i.path)).toEqual([["approvals", name]]);
      expect((error as RequestValidationError).model).toBe("CollectionFormat");
    }
    expect(collectionFormatIssues(withApproval(name, true, true))).toEqual([]);
  });

  it("refuses a published date before the created date, and a relevant date without a value", async () => {
    const format = collectionFormat("ORG", "ORG");
    format.dataset_info.created_date = { relevant: true, value: "2022-01-02" };
    format.dataset_info.published_date = { relevant: true, value: "2022-01-01" };
    const error = (await offline.update("10378.1/1", format, "r").catch((e: unknown) => e)) as RequestValidationError;
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.issues).toEqual([{ path: ["dataset_info", "published_date", "value"], message: expect.stringContaining("2022-01-01") as string }]);
    format.dataset_info.published_date = { relevant: true, value: "2022-01-02" };
    expect(collectionFormatIssues(format)).toEqual([]);
    format.dataset_info.created_date = { relevant: true };
    expect(collectionFormatIssues(format).map((i) => i.path)).toEqual([["dataset_info", "created_date", "value"]]);
  });

  it("holds the reposited rule: external access needs uri and description, reposited access neither", () => {
    const format = collectionFormat("ORG", "ORG");
    format.dataset_info.access_info = externalAccess("https://data.example.org/x", "ask the custodian");
    expect(collectionFormatIssues(format)).toEqual([]);
    format.dataset_info.access_info = { reposited: false, uri: "https://data.example.org/x" };
    expect(collectionFormatIssues(format).map((i) => i.path)).toEqual([["dataset_info", "access_info", "description"]]);
    format.dataset_info.access_info = { reposited: false };
    expect(collectionFormatIssues(format).map((i) => i.path.at(-1))).toEqual(["uri", "description"]);
    format.dataset_info.access_info = { ...repositedAccess(), uri: "https://data.example.org/x" };
    expect(collectionFormatIssues(format).map((i) => i.path.at(-1))).toEqual(["uri"]);
    format.dataset_info.access_info = { reposited: true, description: "d" };
    expect(collectionFormatIssues(format).map((i) => i.path.at(-1))).toEqual(["description"]);
  });

  it("refuses a temporal duration that ends before it begins", () => {
    const format = collectionFormat("ORG", "ORG");
    format.dataset_info.temporal_info = { duration: { begin_date: "2020-02-01", end_date: "2020-01-01" } };
    expect(collectionFormatIssues(format).map((i) => i.path)).toEqual([["dataset_info", "temporal_info", "duration", "end_date"]]);
  });

  it("refuses a body the model rejects, naming the field, and can be turned off", async () => {
    const format = collectionFormat("ORG", "ORG") as unknown as { dataset_info: Record<string, unknown> };
    delete format.dataset_info["license"];
    const error = (await offline.mint(format as unknown as CollectionFormat).catch((e: unknown) => e)) as RequestValidationError;
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.issues.map((i) => i.path)).toContainEqual(["dataset_info", "license"]);
    const unchecked = createDatastoreClient({ endpoints: { datastore: "http://127.0.0.1:9" }, retry: false, validateRequests: false });
    await expect(unchecked.mint(format as unknown as CollectionFormat)).rejects.toBeInstanceOf(NetworkError);
  });
});
