// Handlers of the handle service (the ID service, behaviour.md §7.2): every operation of
// id-service.json on the server's one handle store. A refused operation (unknown handle, taken
// or missing index) answers 400 with the reason; upstream relays the ARDC service's error as a
// 500, which a local server has no cause to imitate.
import type * as z from "zod/mini";
import { buildIdServiceModels } from "@provena-sdk/models/handle";
import type { AuthenticatedUser } from "../../auth/bearer.js";
import { detailReply, jsonReply, type Reply } from "../../http/reply.js";
import { requireBody } from "../common/request-body.js";
import { serverModels } from "../common/server-model-kit.js";
import { standardRoutes } from "../common/standard-routes.js";
import type { OperationHandler, OperationRequest, ServiceRoutes } from "../handler.js";
import { HANDLE_PREFIX, HANDLE_TABLES, HandleOperationError, HANDLES, type HandleStore } from "./handle-store.js";

type Handler = OperationHandler<AuthenticatedUser>;
type Request = OperationRequest<AuthenticatedUser>;

const models = serverModels(buildIdServiceModels);

/** Runs a store operation; a refusal becomes a 400 `{detail}`. */
function attempt(run: () => unknown): Reply {
  try {
    return jsonReply(200, run());
  } catch (error) {
    if (error instanceof HandleOperationError) return detailReply(400, error.message);
    throw error;
  }
}

/** A handler that parses the body with `schema` and runs `act` on the store. */
function withBody<T>(schema: () => z.core.$ZodType<T>, act: (store: HandleStore, body: T) => unknown): Handler {
  return async (request: Request) => {
    const body = await requireBody(request.http, schema());
    if (!body.ok) return body.reply;
    const store = request.context.store(HANDLES);
    return attempt(() => act(store, body.value));
  };
}

const handleConfig: Handler = ({ query, context }) => {
  const required: Record<string, string> = {
    keycloak_endpoint: context.realm.issuer,
    handle_service_endpoint: "in-process (provena-local)",
    handle_prefix: HANDLE_PREFIX,
  };
  if (query.required_only !== false) return jsonReply(200, required);
  return jsonReply(200, { ...required, handles_table: HANDLE_TABLES.handles, test_mode: false });
};

export const handleRoutes = {
  ...standardRoutes,
  "GET /admin/config": handleConfig,
  "POST /handle/mint": withBody(() => models().MintRequest, (store, body) => store.mint(body.value_type, body.value)),
  "POST /handle/add_value": withBody(() => models().AddValueRequest, (store, body) => store.addValue(body.id, body.value_type, body.value)),
  "POST /handle/add_value_by_index": withBody(
    () => models().AddValueIndexRequest,
    (store, body) => store.addValueByIndex(body.id, body.index, body.value_type, body.value),
  ),
  "GET /handle/get": ({ query, context }) => attempt(() => context.store(HANDLES).get(String(query.id))),
  "GET /handle/list": ({ context }) => jsonReply(200, { ids: context.store(HANDLES).list() }),
  "PUT /handle/modify_by_index": withBody(() => models().ModifyRequest, (store, body) => store.modifyByIndex(body.id, body.index, body.value)),
  "POST /handle/remove_by_index": withBody(() => models().RemoveRequest, (store, body) => store.removeByIndex(body.id, body.index)),
} satisfies ServiceRoutes<"handle">;
