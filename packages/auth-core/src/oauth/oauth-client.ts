import type { OidcEndpoints } from "../endpoints.js";
import {
  IdentityProviderError,
  InvalidClientError,
  InvalidGrantError,
  OAuthError,
  type OAuthErrorDetails,
} from "../errors/oauth-error.js";
import { safeUrl, sanitizeServerText, withoutValues } from "../redact.js";
import type { TokenResponse } from "../token-set.js";
import { fetchJson } from "./fetch-json.js";
import { isRealmMissing, issuerNotFound, realmNotFound } from "./not-found.js";
import { issuerFrom, resolveEndpoints, type IdentityProviderOptions } from "./identity-provider-options.js";
import {
  deviceAuthorizationSchema,
  oauthErrorSchema,
  tokenResponseSchema,
  type DeviceAuthorizationResponse,
} from "./schemas.js";

export interface OAuthClientOptions extends IdentityProviderOptions {
  clientId: string;
  /** Confidential clients only; sent as `client_secret` in the form body. */
  clientSecret?: string | undefined;
}

/**
 * The one place auth-core talks OAuth over HTTP: the token endpoint and the device
 * authorization endpoint. Form bodies in, `TokenResponse` or a typed `OAuthError` out.
 */
export class OAuthClient {
  readonly issuer: string;
  readonly clientId: string;
  readonly #clientSecret: string | undefined;
  readonly #options: IdentityProviderOptions;
  #endpoints: Promise<OidcEndpoints> | undefined;

  constructor(options: OAuthClientOptions) {
    this.issuer = issuerFrom(options);
    this.clientId = options.clientId;
    this.#clientSecret = options.clientSecret;
    this.#options = options;
  }

  endpoints(signal?: AbortSignal): Promise<OidcEndpoints> {
    const pending = (this.#endpoints ??= resolveEndpoints(this.#options, signal));
    pending.catch(() => {
      if (this.#endpoints === pending) this.#endpoints = undefined;
    });
    return pending;
  }

  /** POSTs a grant to the token endpoint. `grant` holds `grant_type` and its parameters. */
  async requestToken(grant: Record<string, string>, signal?: AbortSignal): Promise<TokenResponse> {
    const { token } = await this.endpoints(signal);
    const body = await this.#post(token, grant, signal);
    const parsed = tokenResponseSchema.safeParse(body);
    if (!parsed.success) {
      throw new IdentityProviderError(
        `The token endpoint ${safeUrl(token)} answered 200 without a valid token response (${parsed.error.issues
          .map((issue) => issue.path.join(".") || "body")
          .join(", ")}).`,
        { url: safeUrl(token), status: 200 },
      );
    }
    return parsed.data;
  }

  /** Starts a device login (RFC 8628 §3.1). */
  async requestDeviceAuthorization(scope: string | undefined, signal?: AbortSignal): Promise<DeviceAuthorizationResponse> {
    const { deviceAuthorization } = await this.endpoints(signal);
    const body = await this.#post(deviceAuthorization, scope === undefined ? {} : { scope }, signal);
    const parsed = deviceAuthorizationSchema.safeParse(body);
    if (!parsed.success) {
      throw new IdentityProviderError(
        `The device authorization endpoint ${safeUrl(deviceAuthorization)} answered without a valid device code response.`,
        { url: safeUrl(deviceAuthorization), status: 200 },
      );
    }
    return parsed.data;
  }

  async #post(url: string, params: Record<string, string>, signal: AbortSignal | undefined): Promise<unknown> {
    const form = new URLSearchParams(params);
    form.set("client_id", this.clientId);
    if (this.#clientSecret !== undefined) form.set("client_secret", this.#clientSecret);
    const reply = await fetchJson(url, {
      fetch: this.#options.fetch ?? globalThis.fetch,
      method: "POST",
      form,
      signal,
      timeoutMs: this.#options.timeoutMs ?? 30_000,
    });
    if (reply.status === 200) return reply.body;
    const error = oauthErrorSchema.safeParse(reply.body);
    if (!error.success && reply.status === 404) throw issuerNotFound(this.issuer, "POST", url);
    if (!error.success) {
      throw new IdentityProviderError(
        `The identity provider answered HTTP ${reply.status} without an OAuth error body (POST ${safeUrl(url)}).`,
        { url: safeUrl(url), status: reply.status },
      );
    }
    // The values this request carried that must not come back in its error, however echoed.
    const sent = SECRET_PARAMS.flatMap((name) => form.getAll(name));
    const details: OAuthErrorDetails = {
      // An IdP may echo the request even in its error code.
      code: withoutValues(error.data.error, sent),
      description: error.data.error_description === undefined ? undefined : sanitizeServerText(withoutValues(error.data.error_description, sent)),
      status: reply.status,
      url: safeUrl(url),
    };
    throw reply.status === 404 && isRealmMissing(details) ? realmNotFound(details, this.issuer) : oauthError(details);
  }
}

// Form parameters whose values are credentials (RFC 6749, RFC 8628, RFC 7523, RFC 8693).
const SECRET_PARAMS = ["password", "client_secret", "refresh_token", "device_code", "code", "code_verifier", "assertion", "client_assertion", "subject_token"];

function oauthError(details: OAuthErrorDetails): OAuthError {
  if (details.code === "invalid_grant") return new InvalidGrantError(details);
  if (details.code === "invalid_client") return new InvalidClientError(details);
  return new OAuthError(details);
}
