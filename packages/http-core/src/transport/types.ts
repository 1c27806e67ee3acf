import type { ResponseSchema, ValidationMode } from "../models.js";
import type { RetryOptions } from "../retry/retry-strategy.js";
import type { ServiceEndpoints, ServiceName } from "../services.js";
import type { TokenProvider } from "../token-provider.js";
import type { TransportHooks } from "./hooks.js";
import type { KyInstance, Options as KyOptions } from "ky";

/** The request methods an {@link Operation} can use; upper case, as sent on the wire. */
export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE" | "PATCH" | "HEAD" | "OPTIONS";

/** Options of `createTransport`: where the services are, auth, retries, timeouts, validation, hooks. */
export interface TransportOptions {
  /** Provena domain; each service is at `https://{subdomain}.{domain}`. */
  domain?: string | undefined;
  /** Per-service base URLs; win over `domain`. */
  endpoints?: Partial<ServiceEndpoints> | undefined;
  /** Source of bearer tokens. Without one, requests carry no Authorization header. */
  tokenProvider?: TokenProvider | undefined;
  /** A fetch implementation (default: the global fetch). Each attempt goes through ky, then this. */
  fetch?: typeof fetch | undefined;
  /**
   * The ky instance every request goes through, e.g. `ky.extend({ hooks })`. The transport sets
   * per request the options that carry its policy (`retry`, `timeout`, `totalTimeout`, `fetch`,
   * `signal`, `throwHttpErrors`); the instance's hooks, headers and other options apply.
   */
  ky?: KyInstance | undefined;
  /** Options for a ky instance the transport creates (`ky.create(kyOptions)`); see `ky`. */
  kyOptions?: KyOptions | undefined;
  /** Headers sent with every request (an operation's headers win). */
  headers?: Record<string, string> | undefined;
  /** Sent as `User-Agent` (browsers ignore it). */
  userAgent?: string | undefined;
  /** Retry policy, or `false` to never retry (the 401 refresh-and-retry still happens). */
  retry?: RetryOptions | false | undefined;
  /** Per-attempt timeout in ms, covering the response and its body. Default 30 000. */
  timeoutMs?: number | undefined;
  /** Whole-call timeout in ms, retries and waits included. Default 120 000. */
  totalTimeoutMs?: number | undefined;
  /** Response validation mode. Default "lenient". */
  validation?: ValidationMode | undefined;
  /**
   * Functions called around each request, response, retry and failure (logging, metrics).
   *
   * @defaultValue none
   */
  hooks?: TransportHooks | undefined;
}

/** One query parameter's value; numbers and booleans are sent as text, `undefined` and `null` leave the parameter out. */
export type QueryValue = string | number | boolean | undefined | null;

/**
 * One request as a service client describes it to {@link Transport.request}: where to send it,
 * its body, and how to read and check the answer. `T` is the type the call resolves with.
 */
export interface Operation<T> {
  /** The service whose base URL `path` is relative to. */
  service?: ServiceName | undefined;
  /** An absolute URL instead of service + path (e.g. an OAuth token endpoint). */
  url?: string | undefined;
  /** The HTTP method; it also decides whether a failed attempt may be retried (see `idempotent`). */
  method: HttpMethod;
  /** The path under the service's base URL, e.g. `/registry/entity/person/fetch`. */
  path?: string | undefined;
  /** Query parameters; undefined and null are left out. */
  query?: Record<string, QueryValue> | undefined;
  /** A JSON body. */
  json?: unknown;
  /** A form-encoded body (`application/x-www-form-urlencoded`). */
  form?: Record<string, string> | undefined;
  /** A `multipart/form-data` body (fetch sets the content type and boundary). */
  multipart?: FormData | undefined;
  /** Headers for this call; they win over the transport's `headers`. The bearer token is set by the transport, not here. */
  headers?: Record<string, string> | undefined;
  /** Validates the response; absent = returned unvalidated. */
  schema?: ResponseSchema<T> | undefined;
  /**
   * Provena's status envelope. `true` (default): a JSON body with `status.success === false`
   * is a SoftFailureError. `"bare"`: the body itself is `{success, details}`. `false`: no check.
   */
  envelope?: boolean | "bare" | undefined;
  /** Marks a POST as safe to repeat (Provena's read-only list endpoints) so it is retried. */
  idempotent?: boolean | undefined;
  /** Send a bearer token. Default: true when the transport has a token provider. */
  auth?: boolean | undefined;
  /**
   * How to read a 2xx body: JSON (default), text, bytes (a Uint8Array, for files such as
   * reports), or not at all (resolves undefined).
   */
  responseType?: "json" | "text" | "bytes" | "none" | undefined;
  /** Cancels the call, a pending token request and retry waits included; the call then rejects with AbortError. */
  signal?: AbortSignal | undefined;
  /** Per-attempt timeout for this call. */
  timeoutMs?: number | undefined;
  /** Whole-call timeout for this call. */
  totalTimeoutMs?: number | undefined;
  /** Names the operation in errors and hooks, e.g. "registry.person.fetch". */
  operationName?: string | undefined;
}

/**
 * Sends requests to the Provena services with auth, retries, timeouts, error mapping and response
 * validation; every service client is built on one. Make one with `createTransport`.
 */
export interface Transport {
  /** Sends one operation and resolves with its validated (and unwrapped) body. */
  request<T>(op: Operation<T>): Promise<T>;
  /**
   * Validates a body fetched earlier without a `schema` (in this transport's mode), as `request`
   * would have. Lets a caller act on a response (start the next page) before paying for its
   * validation. A mismatch throws ResponseValidationError naming `context`.
   */
  validate<T>(schema: ResponseSchema<T>, body: unknown, context: ValidateContext): T;
  /** The base URL of every service. */
  readonly endpoints: ServiceEndpoints;
  /** The response validation mode, "lenient" or "strict". */
  readonly validation: ValidationMode;
  /**
   * A transport with these options layered on this one's (headers, endpoints, retry and hooks merge;
   * `hooks: replaceOption({...})` replaces the parent's hooks, so they stop running here).
   */
  with(overrides: Partial<TransportOptions>): Transport;
}

/** What a deferred validation reports in its error. */
export interface ValidateContext {
  /** The method of the request the body came from. */
  method: string;
  /** The URL the body came from; redacted in the error. */
  url: string;
  /** The SDK operation to name in the error, e.g. `registry.person.list`. */
  operationName?: string | undefined;
  /** The response's HTTP status, for the error. Default 200. */
  status?: number | undefined;
}
