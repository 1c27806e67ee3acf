// Typed fetch: one item, seed or complete, with the caller's roles and lock state.
import { ProvenaError } from "@provena-sdk/http-core";
import type { SeededItem } from "@provena-sdk/models/registry";
import { call } from "../context.js";
import type { RegistryContext } from "../context.js";
import type { Scope } from "./route-scope.js";
import type { FetchMethod, FetchOptions, FetchResult } from "./types.js";

interface FetchBody {
  item?: unknown;
  roles?: string[] | null;
  locked?: boolean | null;
  item_is_seed?: boolean | null;
}

// The one fetch implementation: sub-clients (`registry.person.fetch`) and the modular `fetchItem` both use it.
export function fetchAction<I>(scope: Scope<Pick<RegistryContext, "transport">>): FetchMethod<I> {
  const schema = scope.models.fetchResponse;
  const fetchItem = async (id: string, options: FetchOptions = {}): Promise<FetchResult<I>> => {
    const body = (await call(
      scope.context,
      {
        method: "GET",
        path: `${scope.base}/fetch`,
        query: { id, seed_allowed: options.seedAllowed === true ? true : undefined },
        headers: scope.headers,
        schema,
        signal: options.signal,
        operationName: `${scope.operation}.fetch`,
      },
      { kind: "fetch", id },
    )) as FetchBody;
    const base = { roles: body.roles ?? [], locked: body.locked ?? false };
    const item = body.item as (I & { record_type?: unknown }) | null | undefined;
    if (item === null || item === undefined) throw new ProvenaError(`${scope.operation}.fetch: the server reported success but sent no item for ${id}`);
    return body.item_is_seed === true || item.record_type === "SEED_ITEM"
      ? { ...base, isSeed: true, item: item as unknown as SeededItem }
      : { ...base, isSeed: false, item };
  };
  return fetchItem as FetchMethod<I>;
}
