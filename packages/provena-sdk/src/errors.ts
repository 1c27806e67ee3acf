import { ConfigurationError } from "@provena-sdk/http-core";

/** No token provider came out of the credential chain, and the call needs one. */
export class NoCredentialsError extends ConfigurationError {
  static override readonly brand: string = "NoCredentialsError";
  constructor() {
    super(
      "No Provena credentials: pass `auth` (a token provider), `offlineToken` or `accessToken`; or set PROVENA_DOMAIN with PROVENA_OFFLINE_TOKEN or PROVENA_ACCESS_TOKEN; or run `login()` from provena-sdk/node once.",
    );
  }
}
