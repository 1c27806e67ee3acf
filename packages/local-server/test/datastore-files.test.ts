// The data store's credentials and presigned URLs used for real against the local S3 endpoint:
// the credential answer alone (keys, `s3_endpoint`, `s3_region`) configures the official AWS
// SDK; write credentials reach only their dataset's prefix, read credentials cannot write, and a
// presigned URL returns the file to a plain fetch with no other credentials.
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDatastore, type DatastoreHarness } from "./datastore/harness.js";
import type { Body } from "./registry/client.js";

let d: DatastoreHarness;
let dataset: string;
let other: string;
let location: { bucket_name: string; path: string };
let otherPath: string;
const clients: S3Client[] = [];

beforeAll(async () => {
  d = await startDatastore();
  dataset = await d.mint("user1");
  other = await d.mint("user1");
  location = (await d.ds("user1", "GET", "/registry/items/fetch-dataset", { query: { handle_id: dataset } })).body.item.s3;
  otherPath = (await d.ds("user1", "GET", "/registry/items/fetch-dataset", { query: { handle_id: other } })).body.item.s3.path;
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await d.stop();
});

/** An S3 client configured from a credential answer alone. */
async function clientFor(username: string, id: string, write: boolean): Promise<S3Client> {
  const res = await d.ds(username, "POST", `/registry/credentials/generate-${write ? "write" : "read"}-access-credentials`, { body: { dataset_id: id, console_session_required: false } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const answer: Body = res.body;
  const client = new S3Client({
    endpoint: answer.s3_endpoint,
    region: answer.s3_region,
    forcePathStyle: true,
    credentials: {
      accessKeyId: answer.credentials.aws_access_key_id,
      secretAccessKey: answer.credentials.aws_secret_access_key,
      sessionToken: answer.credentials.aws_session_token,
    },
  });
  clients.push(client);
  return client;
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { name: string }).name;
  }
  throw new Error("expected the S3 call to be refused");
}

describe("files through the issued credentials", () => {
  it("uploads with write credentials inside the dataset's prefix only", async () => {
    const writer = await clientFor("user1", dataset, true);
    await writer.send(new PutObjectCommand({ Bucket: location.bucket_name, Key: `${location.path}data/results.csv`, Body: "a,b\n1,2\n" }));
    const listed = await writer.send(new ListObjectsV2Command({ Bucket: location.bucket_name, Prefix: location.path }));
    expect((listed.Contents ?? []).map((o) => o.Key).sort()).toEqual([`${location.path}data/results.csv`, `${location.path}metadata.json`]);
    expect(await refusal(writer.send(new PutObjectCommand({ Bucket: location.bucket_name, Key: `${otherPath}planted.txt`, Body: "x" })))).toBe("AccessDenied");
  });

  it("reads with read credentials (metadata.json included) and cannot write", async () => {
    const reader = await clientFor("user2", dataset, false);
    const got = await reader.send(new GetObjectCommand({ Bucket: location.bucket_name, Key: `${location.path}metadata.json` }));
    expect(JSON.parse(await got.Body!.transformToString())).toEqual(d.collectionFormat());
    expect(await refusal(reader.send(new PutObjectCommand({ Bucket: location.bucket_name, Key: `${location.path}new.txt`, Body: "x" })))).toBe("AccessDenied");
  });

  it("serves a presigned URL to a plain fetch, with no other credentials", async () => {
    const writer = await clientFor("user1", dataset, true);
    await writer.send(new PutObjectCommand({ Bucket: location.bucket_name, Key: `${location.path}docs/readme.txt`, Body: "hello dataset" }));
    const res = await d.ds("user2", "POST", "/registry/items/generate-presigned-url", { body: { dataset_id: dataset, file_path: "docs/readme.txt", expires_in: 300 } });
    expect(res.status).toBe(200);
    const file = await fetch(res.body.presigned_url as string);
    expect(file.status).toBe(200);
    expect(await file.text()).toBe("hello dataset");
    // The URL names one object: another key with the same signature is refused.
    const tampered = (res.body.presigned_url as string).replace("docs/readme.txt", "metadata.json");
    const refused = await fetch(tampered);
    expect(refused.status).toBe(403);
    await refused.body?.cancel();
  });
});
