// Helpers for the Auth API tests: real HTTP calls, every answer checked against auth.json
// (optional properties may be explicit null, as upstream's pydantic v1 serialises them), and
// registry items created through the registry's own routes.
import { assertMatchesSpec, specDocument } from "./support/spec-check.js";

export const AUTH_SPEC = specDocument("auth");

// Tests read nested fields freely; `any` keeps the assertions short.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Body = any;

export interface Called {
  status: number;
  body: Body;
}

export interface CallOptions {
  readonly query?: Record<string, string>;
  readonly body?: unknown;
}

/** Calls the Auth API and checks the body against the spec (500 text bodies excepted). */
export async function callAuth(base: string, token: string | undefined, method: string, path: string, options: CallOptions = {}): Promise<Called> {
  const url = new URL(`${base}${path}`);
  for (const [name, value] of Object.entries(options.query ?? {})) url.searchParams.set(name, value);
  const headers: Record<string, string> = token === undefined ? {} : { authorization: `Bearer ${token}` };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(url, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const text = await res.text();
  const json = res.headers.get("content-type")?.includes("application/json") === true;
  const body: Body = json && text !== "" ? JSON.parse(text) : text;
  if (json) assertMatchesSpec("auth", method, path, res.status, body);
  return { status: res.status, body };
}

/** A bound caller: `as("user1").get("/groups/user/list_groups")`. */
export function authClient(base: string, token: (username: string) => string) {
  const as = (username: string | undefined) => {
    const bearer = username === undefined ? undefined : token(username);
    return {
      get: (path: string, query?: Record<string, string>) => callAuth(base, bearer, "GET", path, { query }),
      post: (path: string, body?: unknown, query?: Record<string, string>) => callAuth(base, bearer, "POST", path, { body, query }),
      put: (path: string, body?: unknown) => callAuth(base, bearer, "PUT", path, { body }),
      delete: (path: string, query?: Record<string, string>) => callAuth(base, bearer, "DELETE", path, { query }),
    };
  };
  return { as };
}

/** Creates a registry item through the registry's own create route as `username`; its id. */
export async function createRegistryItem(registryBase: string, token: string, route: string, domainInfo: Record<string, unknown>): Promise<string> {
  const res = await fetch(`${registryBase}${route}/create`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(domainInfo),
  });
  const body = (await res.json()) as { created_item?: { id: string } };
  if (res.status !== 200 || body.created_item === undefined) throw new Error(`create ${route} failed (${res.status}): ${JSON.stringify(body)}`);
  return body.created_item.id;
}

export const personInfo = (name: string): Record<string, unknown> => ({
  display_name: name,
  email: "person@example.com",
  first_name: name,
  last_name: "Local",
  ethics_approved: true,
});
