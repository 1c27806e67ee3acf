// Shapes of what an OAuth server sends back. Loose: unknown keys are fine, missing required
// fields are not.
import * as z from "zod/mini";

export const tokenResponseSchema = z.looseObject({
  access_token: z.string().check(z.minLength(1)),
  token_type: z.optional(z.string()),
  expires_in: z.optional(z.number().check(z.nonnegative())),
  refresh_token: z.optional(z.string().check(z.minLength(1))),
  refresh_expires_in: z.optional(z.number().check(z.nonnegative())),
  scope: z.optional(z.string()),
  id_token: z.optional(z.string()),
});

export const deviceAuthorizationSchema = z.looseObject({
  device_code: z.string().check(z.minLength(1)),
  user_code: z.string().check(z.minLength(1)),
  verification_uri: z.string().check(z.minLength(1)),
  verification_uri_complete: z.optional(z.string()),
  expires_in: z.number().check(z.positive()),
  interval: z.optional(z.number().check(z.nonnegative())),
});

export type DeviceAuthorizationResponse = z.infer<typeof deviceAuthorizationSchema>;

export const oauthErrorSchema = z.looseObject({
  error: z.string().check(z.minLength(1)),
  error_description: z.optional(z.string()),
});

export const discoveryDocumentSchema = z.looseObject({
  issuer: z.string(),
  token_endpoint: z.string(),
  device_authorization_endpoint: z.optional(z.string()),
  jwks_uri: z.optional(z.string()),
  userinfo_endpoint: z.optional(z.string()),
  revocation_endpoint: z.optional(z.string()),
  end_session_endpoint: z.optional(z.string()),
});
