// Data store and handle state lives in `context.storage` tables: a second server on the same
// storage (and objects folder) serves the datasets, reviewers and handles the first one made,
// and keeps minting fresh ids. Keys chosen by users are prototype-safe.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { memoryStorage, startLocalServer, type LocalServer } from "../src/index.js";
import { callApi } from "./support/call.js";
import { EXAMPLES } from "./registry/fixtures.js";
import type { Body } from "./registry/client.js";

const dir = mkdtempSync(join(tmpdir(), "datastore-restart-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ds = (server: LocalServer, username: string, method: string, path: string, options: { query?: Record<string, string>; body?: unknown } = {}) =>
  callApi("data-store", server.endpoints.datastore, server.mintToken(username), method, path, options);
const handle = (server: LocalServer, method: string, path: string, options: { query?: Record<string, string>; body?: unknown } = {}) =>
  callApi("id-service", server.endpoints.handle, server.mintToken("admin"), method, path, options);

async function registryCreate(server: LocalServer, route: string, body: unknown): Promise<string> {
  const res = await fetch(`${server.endpoints.registry}${route}/create`, {
    method: "POST",
    headers: { authorization: `Bearer ${server.mintToken("user1")}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const answer: Body = await res.json();
  return answer.created_item.id as string;
}

it("serves datasets, reviewers and handles after a restart on the same storage", async () => {
  const storage = memoryStorage();
  const first = await startLocalServer({ storage, objectsDir: dir, jobStepDelayMs: 0 });
  const organisation = await registryCreate(first, "/registry/agent/organisation", EXAMPLES.ORGANISATION?.domain_info[0]);
  const person = await registryCreate(first, "/registry/agent/person", EXAMPLES.PERSON?.domain_info[0]);
  storage.table("auth.links").put("user1", { username: "user1", person_id: person });
  const collectionFormat = {
    associations: { organisation_id: organisation },
    approvals: { ethics_registration: {}, ethics_access: {}, indigenous_knowledge: {}, export_controls: {} },
    dataset_info: {
      name: "Persisted",
      description: "Survives a restart",
      access_info: { reposited: true },
      publisher_id: organisation,
      created_date: { relevant: false },
      published_date: { relevant: false },
      license: "https://creativecommons.org/licenses/by/4.0/",
    },
  };
  const minted = await ds(first, "user1", "POST", "/register/mint-dataset", { body: collectionFormat });
  expect(minted.status).toBe(200);
  const id = (minted.body as Body).handle as string;
  expect((await ds(first, "admin", "POST", "/release/sys-reviewers/add", { query: { reviewer_id: "__proto__" } })).status).toBe(200);
  const minted2 = await handle(first, "POST", "/handle/mint", { body: { value_type: "DESC", value: "kept" } });
  await first.stop();

  const second = await startLocalServer({ storage, objectsDir: dir, jobStepDelayMs: 0 });
  try {
    const fetched = await ds(second, "user1", "GET", "/registry/items/fetch-dataset", { query: { handle_id: id } });
    expect(fetched.status).toBe(200);
    expect((fetched.body as Body).item.display_name).toBe("Persisted");
    // metadata.json is still there: a presigned URL for it is issued (the object exists).
    const presigned = await ds(second, "user1", "POST", "/registry/items/generate-presigned-url", { body: { dataset_id: id, file_path: "metadata.json" } });
    expect(presigned.status).toBe(200);
    const file = await fetch((presigned.body as Body).presigned_url as string);
    expect(((await file.json())).dataset_info.name).toBe("Persisted");
    expect((await ds(second, "user1", "GET", "/release/sys-reviewers/list")).body).toEqual(["__proto__"]);
    expect((await handle(second, "GET", "/handle/get", { query: { id: (minted2.body as Body).id as string } })).body).toEqual(minted2.body);
    const next = await handle(second, "POST", "/handle/mint", { body: { value_type: "DESC", value: "new" } });
    const ids = (await handle(second, "GET", "/handle/list")).body as Body;
    expect(ids.ids).toContain(id);
    expect(new Set(ids.ids as string[]).size).toBe((ids.ids as string[]).length);
    expect(ids.ids).toContain((next.body as Body).id);
    // Keys that name Object.prototype members are plain unknown handles.
    for (const key of ["__proto__", "constructor", "toString"]) {
      expect(await handle(second, "GET", "/handle/get", { query: { id: key } })).toEqual({ status: 400, body: { detail: `Handle ${key} does not exist.` } });
    }
  } finally {
    await second.stop();
  }
});
