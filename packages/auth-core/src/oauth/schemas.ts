// Shapes of what an OAuth server sends back. Loose: unknown keys are fine, missing required
// fields are not.
import { z } from "zod";

export const tokenResponseSchema = z.looseObject({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.number().nonnegative().optional(),
  refresh_token: z.string().min(1).optional(),
  refresh_expires_in: z.number().nonnegative().optional(),
  scope: z.string().optional(),
  id_token: z.string().optional(),
});

export const deviceAuthorizationSchema = z.looseObject({
  device_code: z.string().min(1),
  user_code: z.string().min(1),
  verification_uri: z.string().min(1),
  verification_uri_complete: z.string().optional(),
  expires_in: z.number().positive(),
  interval: z.number().nonnegative().optional(),
});

export type DeviceAuthorizationResponse = z.infer<typeof deviceAuthorizationSchema>;

export const oauthErrorSchema = z.looseObject({
  error: z.string().min(1),
  error_description: z.string().optional(),
});

export const discoveryDocumentSchema = z.looseObject({
  issuer: z.string(),
  token_endpoint: z.string(),
  device_authorization_endpoint: z.string().optional(),
  jwks_uri: z.string().optional(),
  userinfo_endpoint: z.string().optional(),
  revocation_endpoint: z.string().optional(),
  end_session_endpoint: z.string().optional(),
});
