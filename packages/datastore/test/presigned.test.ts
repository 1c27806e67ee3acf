// Presigned GET URLs: the rules of who and what, and a plain fetch of the URL with no other
// credentials returns the file.
import { BadRequestError, UnauthorizedError } from "@provena-sdk/http-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { downloadPresignedUrl } from "../src/index.js";
import type { DatastoreClient, TransferProgress } from "../src/index.js";
import type { Fixture } from "./support/fixture.js";
import { startFixture } from "./support/fixture.js";
import { withoutNulls } from "./support/metadata.js";

let fx: Fixture;
let user1: DatastoreClient;
let handle: string;

beforeAll(async () => {
  fx = await startFixture();
  user1 = fx.client("user1");
  ({ handle } = await user1.mint(await fx.metadataFor("user1")));
});
afterAll(() => fx.stop());

it("a presigned URL fetched with plain fetch returns the file", async () => {
  const presigned = await user1.presignedUrl(handle, "metadata.json", { expiresInSeconds: 600 });
  expect(presigned).toMatchObject({ dataset_id: handle, file_path: "metadata.json" });
  const response = await fetch(presigned.presigned_url);
  expect(response.status).toBe(200);
  const body = (await response.json()) as unknown;
  expect(withoutNulls(body)).toEqual(withoutNulls((await user1.fetch(handle)).item.collection_format));
});

it("downloadFile goes through a presigned URL with progress events", async () => {
  const events: TransferProgress[] = [];
  const blob = await user1.downloadFile(handle, "metadata.json", { onProgress: (p) => events.push(p) });
  const text = await blob.text();
  expect(withoutNulls(JSON.parse(text))).toEqual(withoutNulls((await user1.fetch(handle)).item.collection_format));
  const last = events.at(-1)!;
  expect(last).toMatchObject({ direction: "download", bytesTransferred: blob.size, totalBytes: blob.size, filesTransferred: 1, totalFiles: 1 });
  expect(events.some((e) => e.filesTransferred === 0 && e.bytesTransferred > 0)).toBe(true);
});

it.each(["../metadata.json", "a/../metadata.json", "a//metadata.json", "a\\metadata.json", "missing.csv"])("refuses the path %j (400)", async (path) => {
  await expect(user1.presignedUrl(handle, path)).rejects.toBeInstanceOf(BadRequestError);
});

it("refuses an unknown dataset (400) and a user without dataset-data-read (401)", async () => {
  await expect(user1.presignedUrl("10378.1/none", "metadata.json")).rejects.toBeInstanceOf(BadRequestError);
  // Everyone may read the metadata, nobody else the data.
  const datasets = fx.registry("user1").dataset;
  await datasets.auth.setConfiguration(handle, { ...(await datasets.auth.configuration(handle)), general: ["metadata-read"] });
  expect((await fx.client("user2").fetch(handle)).roles).toEqual(["metadata-read"]);
  await expect(fx.client("user2").presignedUrl(handle, "metadata.json")).rejects.toBeInstanceOf(UnauthorizedError);
});

it("a tampered URL is refused by the storage endpoint, and the error keeps the signature out", async () => {
  const { presigned_url } = await user1.presignedUrl(handle, "metadata.json");
  const tampered = presigned_url.replace("metadata.json", "metadata.jsonx");
  const error = (await downloadPresignedUrl(tampered).catch((e: unknown) => e)) as Error & { status: number };
  expect(error.status).toBeGreaterThanOrEqual(400);
  expect(error.message).not.toMatch(/Signature=|X-Amz-Credential/i);
});
