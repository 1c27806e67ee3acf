// The registry's `GET /registry/general/fetch` without depending on @provena-sdk/registry: a
// minimal model of the raw stored record (its type is shared through @provena-sdk/models) (every item has these RecordInfo fields; the rest of
// the subtype's fields are kept as they came).
import { CommonModels, SoftFailureError, defineModels, type Transport } from "@provena-sdk/http-core";
import * as z from "zod/mini";
import type { RawRegistryItem } from "@provena-sdk/models/registry";
import { HitNotFoundError } from "./errors.js";

/** A raw registry record as general fetch returns it (absent optional keys omitted). */
export type RegistryItemRecord = RawRegistryItem;

interface UntypedFetchResponse {
  status: { success: boolean; details: string };
  item?: RegistryItemRecord | null;
}

const FetchModels = /* @__PURE__ */ defineModels((k) => ({
  UntypedFetchResponse: k.object({
    status: CommonModels.get(k.mode).Status,
    // The item is untyped upstream; only `id` is relied on, every other key is kept as is.
    item: k.optional(z.looseObject({ id: z.string() })),
  }),
}));

/**
 * Fetches one item (seeds included) through the registry's general fetch on `transport`.
 * Not found (200 with `success: false`) is a HitNotFoundError; an item the caller may not read
 * is the transport's UnauthorizedError (401), as the registry answers.
 */
export async function fetchRegistryItem(transport: Transport, id: string, signal?: AbortSignal): Promise<RegistryItemRecord> {
  let body: UntypedFetchResponse;
  try {
    body = await transport.request<UntypedFetchResponse>({
      service: "registry",
      method: "GET",
      path: "/registry/general/fetch",
      query: { id },
      schema: (mode) => FetchModels.get(mode).UntypedFetchResponse,
      signal,
      operationName: "registry.general.fetch",
    });
  } catch (error) {
    if (error instanceof SoftFailureError) throw new HitNotFoundError(id, error.details, { cause: error });
    throw error;
  }
  if (body.item === undefined || body.item === null) throw new HitNotFoundError(id, "the registry answered success without an item");
  return body.item;
}
