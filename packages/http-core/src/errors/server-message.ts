// Provena's services are FastAPI apps with no custom exception handler, and its auth server is
// Keycloak, so an error body is one of a few shapes. Pull a person-readable message out of it.
import { redactText } from "../util/redact.js";

/** One FastAPI/pydantic validation problem (`detail[]` of a 422). */
export interface ValidationIssue {
  /** Where the problem is, e.g. `["body", "display_name"]` or `["query", "id"]`. */
  loc: (string | number)[];
  /** Pydantic's message, e.g. `field required`; `"invalid"` when the server sent none. */
  msg: string;
  /** Pydantic's error type, e.g. `value_error.missing`; `"unknown"` when the server sent none. */
  type: string;
}

const MAX_TEXT = 500;

/** The `detail` list of a FastAPI 422 body, or `[]` when the body has none. */
export function parseValidationIssues(body: unknown): ValidationIssue[] {
  const detail = isRecord(body) ? body["detail"] : undefined;
  if (!Array.isArray(detail)) return [];
  return detail.filter(isRecord).map((d) => ({
    loc: Array.isArray(d["loc"]) ? d["loc"].filter((p): p is string | number => typeof p === "string" || typeof p === "number") : [],
    msg: typeof d["msg"] === "string" ? d["msg"] : "invalid",
    type: typeof d["type"] === "string" ? d["type"] : "unknown",
  }));
}

/** A `loc` path as one readable string: `["body", "items", 0, "id"]` → `body.items[0].id`. */
export function formatLocation(loc: readonly (string | number)[]): string {
  let out = "";
  for (const part of loc) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}

/**
 * "where: what; …" for the first `shown` issues, then "(and N more)": one reading of an issue
 * list for every error that carries one (responses, request bodies, FastAPI 422s).
 */
export function listIssues(issues: readonly { path: readonly (string | number)[]; message: string }[], shown = 5): string {
  const listed = issues
    .slice(0, shown)
    .map((i) => (i.path.length > 0 ? `${formatLocation(i.path)}: ${i.message}` : i.message))
    .join("; ");
  return issues.length > shown ? `${listed} (and ${issues.length - shown} more)` : listed;
}

export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => (i.loc.length > 0 ? `${formatLocation(i.loc)}: ${i.msg}` : i.msg)).join("; ");
}

/** The server's own explanation, from whichever error shape the body has. */
export function serverMessageFrom(body: unknown): string | undefined {
  if (typeof body === "string") {
    const text = body.trim();
    if (text === "") return undefined;
    return redactText(text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text);
  }
  if (!isRecord(body)) return undefined;
  const detail = body["detail"];
  if (typeof detail === "string") return redactText(detail);
  if (Array.isArray(detail)) {
    const issues = parseValidationIssues(body);
    if (issues.length > 0) return redactText(formatIssues(issues));
  }
  if (typeof body["error"] === "string") {
    const description = body["error_description"];
    return redactText(typeof description === "string" ? `${body["error"]}: ${description}` : body["error"]);
  }
  const status = body["status"];
  if (isRecord(status) && typeof status["details"] === "string") return redactText(status["details"]);
  if (typeof body["message"] === "string") return redactText(body["message"]);
  return undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
