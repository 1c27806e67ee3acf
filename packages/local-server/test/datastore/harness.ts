// The data store test harness: a local server with the registry references a dataset needs,
// real HTTP calls to /data-api checked against data-store.json, and collection formats from
// the spec's examples with their placeholder ids replaced by real items.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { callApi, type ApiCallOptions } from "../support/call.js";
import { startRegistry, type Body, type RegistryHarness } from "../registry/client.js";
import { addServiceUsers, createReferences, DATASTORE_SERVICE, userContext, waitForJob, type References } from "../registry/fixtures.js";

const examplesPath = fileURLToPath(new URL("../../../../specs/provena/examples/collection-formats.json", import.meta.url));
const EXAMPLES = JSON.parse(readFileSync(examplesPath, "utf8")) as Record<string, Body>;

export interface DatastoreHarness {
  readonly h: RegistryHarness;
  /** References created by (and the Person linked to) each of user1..user3. */
  readonly refs: Record<"user1" | "user2" | "user3", References>;
  ds(username: string, method: string, path: string, options?: ApiCallOptions): Promise<{ status: number; body: Body }>;
  /** A valid collection format naming `refs`' organisation, changed by `change`. */
  collectionFormat(change?: (cf: Body) => void, example?: 1 | 2 | 3): Body;
  /** Mints a dataset as `username` and returns its handle (asserting success). */
  mint(username: string, cf?: Body): Promise<string>;
  /** The stored `metadata.json` of a dataset prefix, parsed (undefined when absent). */
  metadataFile(path: string): Promise<Body>;
  /** A seed dataset owned by `username` (through the registry's proxy seed). */
  seed(username: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startDatastore(): Promise<DatastoreHarness> {
  const h = await startRegistry();
  addServiceUsers(h);
  const refs = {
    user1: await createReferences(h, "user1"),
    user2: await createReferences(h, "user2"),
    user3: await createReferences(h, "user3"),
  };
  const tokens = new Map<string, string>();
  const tokenFor = (username: string): string => {
    let token = tokens.get(username);
    if (token === undefined) tokens.set(username, (token = h.server.mintToken(username)));
    return token;
  };
  const harness: DatastoreHarness = {
    h,
    refs,
    ds: async (username, method, path, options) => callApi("data-store", h.server.endpoints.datastore, tokenFor(username), method, path, options),
    collectionFormat(change, example = 1) {
      const cf: Body = structuredClone(EXAMPLES[`valid_collection_format${example}`]);
      cf.associations.organisation_id = refs.user1.organisation;
      cf.dataset_info.publisher_id = refs.user1.organisation;
      change?.(cf);
      const out: Record<string, unknown> = cf;
      return out;
    },
    async mint(username, cf = harness.collectionFormat()) {
      const res = await harness.ds(username, "POST", "/register/mint-dataset", { body: cf });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.status.success, JSON.stringify(res.body.status)).toBe(true);
      return res.body.handle as string;
    },
    async metadataFile(path) {
      const storage = h.server.datasetStorage;
      const bytes = await storage.getObject(storage.datasetBucket, `${path}metadata.json`);
      if (bytes === undefined) return undefined;
      const parsed: Record<string, unknown> = JSON.parse(Buffer.from(bytes).toString("utf8"));
      return parsed;
    },
    async seed(username) {
      const res = await h.call("POST", "/registry/entity/dataset/proxy/seed", { as: DATASTORE_SERVICE, headers: userContext(username) });
      expect(res.status).toBe(200);
      return res.body.seeded_item.id as string;
    },
    stop: () => h.stop(),
  };
  return harness;
}

export { waitForJob };
