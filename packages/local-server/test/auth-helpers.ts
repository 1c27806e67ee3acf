// Helpers for the Auth API tests: real HTTP calls, every answer checked against auth.json
// (optional properties may be explicit null, as upstream's pydantic v1 serialises them), and
// registry items created through the registry's own routes.
import { callApi } from "./support/call.js";
import { specDocument } from "./support/spec-check.js";

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

/** Calls the Auth API and checks a JSON body against the spec (500 text bodies excepted). */
export async function callAuth(base: string, token: string | undefined, method: string, path: string, options: CallOptions = {}): Promise<Called> {
  const answer = await callApi("auth", base, token, method, path, options);
  // An empty body reads as "" here, as it always has for these tests.
  return { status: answer.status, body: answer.body === undefined ? "" : answer.body };
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
