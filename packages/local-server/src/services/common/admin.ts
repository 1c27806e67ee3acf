import { textReply } from "../../http/reply.js";
import type { OperationHandler } from "../handler.js";

/** `/admin/sentry-debug` deliberately raises upstream (to test error reporting): a plain 500. */
export const sentryDebug: OperationHandler = () => textReply(500, "Internal Server Error");
