// A raw-fetch test client for the registry: every response is checked against the spec
// before the test sees it, so "every body validates" holds for the whole suite.
import { memoryStorage, startLocalServer, type LocalServer, type Storage } from "../../src/index.js";
import { assertMatchesSpec } from "../support/spec-check.js";

export interface CallOptions {
  readonly as?: string;
  readonly token?: string;
  readonly query?: Record<string, string | number | boolean | undefined>;
  readonly body?: unknown;
  readonly rawBody?: string;
  readonly headers?: Record<string, string>;
}

// Tests read nested response fields freely; `any` keeps assertions short.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Body = any;

export interface Result {
  readonly status: number;
  readonly body: Body;
}

export interface RegistryHarness {
  readonly server: LocalServer;
  readonly storage: Storage;
  call(method: string, path: string, options?: CallOptions): Promise<Result>;
  /** Writes a username → Person link straight into the Auth API's link table. */
  link(username: string, personId: string): void;
  /** Writes a group (with members) straight into the Auth API's group table. */
  group(id: string, members: readonly string[]): void;
  stop(): Promise<void>;
}

export async function startRegistry(): Promise<RegistryHarness> {
  const storage = memoryStorage();
  const server = await startLocalServer({ storage, jobStepDelayMs: 0 });
  const tokens = new Map<string, string>();
  const tokenFor = (username: string): string => {
    let token = tokens.get(username);
    if (token === undefined) tokens.set(username, (token = server.mintToken(username)));
    return token;
  };
  const base = server.endpoints.registry.replace(/\/$/, "");
  return {
    server,
    storage,
    async call(method, path, options = {}) {
      const url = new URL(`${base}${path}`);
      for (const [k, v] of Object.entries(options.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
      const headers: Record<string, string> = { ...options.headers };
      const token = options.token ?? (options.as === undefined ? undefined : tokenFor(options.as));
      if (token !== undefined) headers.authorization = `Bearer ${token}`;
      let body: string | undefined = options.rawBody;
      if (options.body !== undefined) body = JSON.stringify(options.body);
      if (body !== undefined) headers["content-type"] = "application/json";
      const res = await fetch(url, { method, headers, body });
      const text = await res.text();
      const parsed: unknown = text === "" ? undefined : JSON.parse(text);
      assertMatchesSpec("registry", method, path, res.status, parsed);
      return { status: res.status, body: parsed };
    },
    link: (username, personId) => storage.table("auth.links").put(username, { username, person_id: personId }),
    group: (id, members) =>
      storage.table("auth.groups").put(id, { id, display_name: id, description: `group ${id}`, users: members.map((username) => ({ username })) }),
    stop: () => server.stop(),
  };
}
