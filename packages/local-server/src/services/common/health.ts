import { jsonReply } from "../../http/reply.js";
import type { OperationHandler } from "../handler.js";

/** `GET /` on every service. */
export const healthCheck: OperationHandler<undefined> = () => jsonReply(200, { message: "Health check successful." });
