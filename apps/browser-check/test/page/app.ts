// The page's program: the SDK as a browser app uses it, bundled by esbuild from the packages'
// main entries. The token comes from the host (the test) through auth-core's external provider.
import { externalToken } from "@provena-sdk/auth-core";
import { collectAll, CommonModels, createTransport, HttpError, type RetryInfo, type ServiceEndpoints } from "@provena-sdk/http-core";
import { ItemNotFoundError, RegistryClient } from "@provena-sdk/registry";
import { SearchClient } from "@provena-sdk/search";

/** What the test asks the page to do. */
export interface PageTask {
  endpoints: ServiceEndpoints;
  /** An organisation to fetch. */
  itemId: string;
  /** A word to search organisations for. */
  query: string;
  /** Registry calls to make back to back after the search (to meet a throttle). */
  burst?: number;
}

/** What the page reports back. */
export interface PageReport {
  origin: string;
  tokenCalls: number;
  username: string;
  fetched: { id: string; displayName: string; roles: string[] };
  listed: string[];
  hits: string[];
  retries: { status: number | undefined; basis: RetryInfo["basis"]; delayMs: number }[];
}

/** A failure, as the page sees it. */
export interface PageFailure {
  name: string;
  status: number | undefined;
  isHttpError: boolean;
  /** The id, when the failure is the registry's "no such item". */
  missingId: string | undefined;
  message: string;
}

declare global {
  interface Window {
    /** Exposed by the test: a token from the local realm. */
    provenaToken(): Promise<string>;
    provenaPage: { run(task: PageTask): Promise<PageReport>; fail(task: PageTask): Promise<PageFailure> };
  }
}

function clients(task: PageTask, retries: PageReport["retries"], counter: { calls: number }) {
  const tokenProvider = externalToken(() => {
    counter.calls++;
    return window.provenaToken();
  });
  const transport = createTransport({
    endpoints: task.endpoints,
    tokenProvider,
    hooks: {
      beforeRetry: (info) => {
        retries.push({ status: info.error instanceof HttpError ? info.error.status : undefined, basis: info.basis, delayMs: info.delayMs });
      },
    },
  });
  return { transport, registry: new RegistryClient({ transport }), search: new SearchClient({ transport }) };
}

async function run(task: PageTask): Promise<PageReport> {
  const retries: PageReport["retries"] = [];
  const counter = { calls: 0 };
  const { transport, registry, search } = clients(task, retries, counter);
  const user = await transport.request({
    service: "registry",
    method: "GET",
    path: "/check-access/check-read-access",
    schema: (mode) => CommonModels.get(mode).User,
  });
  const { item, roles } = await registry.organisation.fetch(task.itemId);
  const listed = await collectAll(registry.organisation.listAll({ pageSize: 2 }));
  const { hits } = await search.search(task.query, { subtype: "ORGANISATION" });
  for (let i = 0; i < (task.burst ?? 0); i++) await registry.organisation.fetch(task.itemId);
  return {
    origin: window.location.origin,
    tokenCalls: counter.calls,
    username: user.username,
    fetched: { id: item.id, displayName: item.display_name, roles },
    listed: listed.map((org) => org.id),
    hits: hits.map((hit) => hit.id),
    retries,
  };
}

async function fail(task: PageTask): Promise<PageFailure> {
  const { registry } = clients(task, [], { calls: 0 });
  try {
    await registry.organisation.fetch(task.itemId);
  } catch (error) {
    const e = error as Error;
    return { name: e.name, status: error instanceof HttpError ? error.status : undefined, isHttpError: error instanceof HttpError, missingId: error instanceof ItemNotFoundError ? error.id : undefined, message: e.message };
  }
  throw new Error(`fetching ${task.itemId} did not fail`);
}

window.provenaPage = { run, fail };
