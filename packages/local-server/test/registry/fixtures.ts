// Example payloads (specs/provena/examples) with their placeholder ids replaced by real items,
// service-account users for the proxy routes, and small waits for the activity jobs.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import type { Body, RegistryHarness } from "./client.js";

interface Example {
  route: string;
  proxy_only: boolean;
  domain_info: Record<string, unknown>[];
}

const examplesPath = fileURLToPath(new URL("../../../../specs/provena/examples/domain-info-examples.json", import.meta.url));
export const EXAMPLES = JSON.parse(readFileSync(examplesPath, "utf8")) as Record<string, Example>;

export const DATASTORE_SERVICE = "datastore-svc";
export const PROV_SERVICE = "prov-svc";

export function addServiceUsers(h: RegistryHarness): void {
  const base = ["entity-registry-read", "entity-registry-write"];
  h.server.addUser({ username: DATASTORE_SERVICE, password: "x", email: "ds@example.com", roles: [...base, "data-store-api"] });
  h.server.addUser({ username: PROV_SERVICE, password: "x", email: "prov@example.com", roles: [...base, "prov-api"] });
}

/** `X-User-Context` for a realm user as the data store / prov API would send it. */
export function userContext(username: string, roles: readonly string[] = ["entity-registry-read", "entity-registry-write"]): Record<string, string> {
  return { "x-user-context": JSON.stringify({ username, email: `${username}@example.com`, roles }) };
}

export interface References {
  organisation: string;
  person: string;
  model: string;
  template: string;
}

/** Replaces the examples' placeholder ids with real items of the right subtype. */
export function withReferences(value: unknown, refs: References): Body {
  const REPLACE: Record<string, string> = {
    software_id: refs.model,
    template_id: refs.template,
    organisation_id: refs.organisation,
    publisher_id: refs.organisation,
    data_custodian_id: refs.person,
  };
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== "object") return node;
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, typeof v === "string" && k in REPLACE ? REPLACE[k] : walk(v)]));
  };
  return walk(structuredClone(value));
}

export function example(subtype: string, index: number, refs: References): Body {
  const ex = EXAMPLES[subtype];
  if (ex === undefined) throw new Error(`no example for ${subtype}`);
  return withReferences(ex.domain_info[index % ex.domain_info.length], refs);
}

/** Creates one complete item through a plain create route and returns its id. */
export async function createAs(h: RegistryHarness, username: string, route: string, body: unknown): Promise<string> {
  const res = await h.call("POST", `${route}/create`, { as: username, body });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.status.success, JSON.stringify(res.body.status)).toBe(true);
  return res.body.created_item.id as string;
}

/**
 * The referenced items every example needs, created by `username`, who ends up linked to the
 * Person among them (linked to a placeholder first: linked subtypes refuse unlinked writers).
 */
export async function createReferences(h: RegistryHarness, username: string): Promise<References> {
  h.link(username, "placeholder");
  const blank: References = { organisation: "", person: "", model: "", template: "" };
  const organisation = await createAs(h, username, "/registry/agent/organisation", example("ORGANISATION", 0, blank));
  const person = await createAs(h, username, "/registry/agent/person", example("PERSON", 0, blank));
  const model = await createAs(h, username, "/registry/entity/model", example("MODEL", 0, blank));
  const template = await createAs(h, username, "/registry/entity/dataset_template", example("DATASET_TEMPLATE", 0, blank));
  h.link(username, person);
  return { organisation, person, model, template };
}

/** Polls the Job API (as `username`) until the job is SUCCEEDED or FAILED. */
export async function waitForJob(h: RegistryHarness, username: string, sessionId: string): Promise<Body> {
  const url = `${h.server.endpoints.jobs.replace(/\/$/, "")}/jobs/user/fetch?session_id=${encodeURIComponent(sessionId)}`;
  const token = h.server.mintToken(username);
  for (let attempt = 0; attempt < 200; attempt++) {
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    if (res.status === 200) {
      const body: Body = await res.json();
      if (body.job.status === "SUCCEEDED" || body.job.status === "FAILED") return body.job;
    } else {
      await res.body?.cancel();
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`job ${sessionId} did not finish`);
}
