import { redactUrl } from "../util/redact.js";

/** What every request-related error says about the request. The URL is always redacted. */
export interface RequestContext {
  /** The HTTP method, upper-cased in errors (`GET`, `POST`, …). */
  method: string;
  /** The full request URL; errors keep it with secret query parameters and user-info redacted. */
  url: string;
  /** The SDK operation, e.g. "registry.person.fetch". */
  operationName?: string | undefined;
}

export function safeContext(context: RequestContext): Required<Pick<RequestContext, "method" | "url">> & RequestContext {
  return { method: context.method.toUpperCase(), url: redactUrl(context.url), operationName: context.operationName };
}
