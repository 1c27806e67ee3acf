// Verifies a request's SigV4 signature (Authorization header or presigned query) against the
// session its access key names, in the order S3 answers: unknown key, wrong token, expired
// token, clock skew / expired URL, then the signature itself.
import type { IncomingHttpHeaders } from "node:http";
import { timingSafeEqual } from "node:crypto";
import { S3Error } from "./errors.js";
import type { SessionRecord, Sessions } from "./sessions.js";
import { ALGORITHM, SERVICE, canonicalQuery, canonicalRequest, hmacHex, signingKey, stringToSign, uriEncode } from "./sigv4.js";

/** What later steps (aws-chunked signatures, payload checks) need from a verified request. */
export interface VerifiedRequest {
  readonly session: SessionRecord;
  readonly amzDate: string;
  /** `date/region/s3/aws4_request` */
  readonly scope: string;
  readonly key: Buffer;
  /** The request's signature: the seed of a signed aws-chunked body. */
  readonly signature: string;
  /** `x-amz-content-sha256` (header form) or `UNSIGNED-PAYLOAD` (presigned). */
  readonly payloadHash: string;
}

export interface SignedRequest {
  readonly method: string;
  /** The raw (still percent-encoded) path. */
  readonly rawPath: string;
  readonly query: readonly (readonly [string, string])[];
  readonly headers: IncomingHttpHeaders;
}

const PAYLOAD_HASH = /^(?:[0-9a-f]{64}|UNSIGNED-PAYLOAD|STREAMING-[A-Z0-9-]+)$/;
const MAX_SKEW_MS = 15 * 60 * 1000;
const MAX_PRESIGN_SECONDS = 7 * 24 * 60 * 60;

interface ParsedAuth {
  readonly accessKeyId: string;
  readonly date: string;
  readonly region: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
  readonly amzDate: string;
  readonly token: string | undefined;
  readonly presigned: boolean;
  readonly expires?: number | undefined;
}

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
};

function parseCredential(credential: string, malformed: string): { accessKeyId: string; date: string; region: string } {
  const parts = credential.split("/");
  if (parts.length !== 5 || parts[3] !== SERVICE || parts[4] !== "aws4_request" || !/^\d{8}$/.test(parts[1] ?? "")) {
    throw new S3Error(malformed, `The credential "${credential.split("/").slice(1).join("/")}" is not of the form <key>/<date>/<region>/s3/aws4_request.`);
  }
  return { accessKeyId: parts[0] as string, date: parts[1] as string, region: parts[2] as string };
}

function parseHeaderAuth(authorization: string, headers: IncomingHttpHeaders): ParsedAuth {
  if (!authorization.startsWith(`${ALGORITHM} `)) {
    throw new S3Error("InvalidRequest", "The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.");
  }
  const fields = new Map<string, string>();
  for (const part of authorization.slice(ALGORITHM.length + 1).split(",")) {
    const eq = part.indexOf("=");
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const credential = fields.get("Credential");
  const signedHeaders = fields.get("SignedHeaders");
  const signature = fields.get("Signature");
  if (credential === undefined || signedHeaders === undefined || signature === undefined) {
    throw new S3Error("AuthorizationHeaderMalformed", "The authorization header is malformed; it needs Credential, SignedHeaders and Signature.");
  }
  const amzDate = header(headers, "x-amz-date");
  if (amzDate === undefined) throw new S3Error("AccessDenied", "AWS authentication requires a valid Date or x-amz-date header");
  return {
    ...parseCredential(credential, "AuthorizationHeaderMalformed"),
    signedHeaders: signedHeaders.split(";"),
    signature,
    amzDate,
    token: header(headers, "x-amz-security-token"),
    presigned: false,
  };
}

function parseQueryAuth(query: ReadonlyMap<string, string>): ParsedAuth {
  const need = (name: string): string => {
    const value = query.get(name);
    if (value === undefined) throw new S3Error("AuthorizationQueryParametersError", `Query-string authentication requires ${name}.`);
    return value;
  };
  if (need("X-Amz-Algorithm") !== ALGORITHM) throw new S3Error("AuthorizationQueryParametersError", "X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256\"");
  const expires = Number(need("X-Amz-Expires"));
  if (!Number.isInteger(expires) || expires < 1 || expires > MAX_PRESIGN_SECONDS) {
    throw new S3Error("AuthorizationQueryParametersError", "X-Amz-Expires must be a number of seconds from 1 to 604800.");
  }
  return {
    ...parseCredential(need("X-Amz-Credential"), "AuthorizationQueryParametersError"),
    signedHeaders: need("X-Amz-SignedHeaders").split(";"),
    signature: need("X-Amz-Signature"),
    amzDate: need("X-Amz-Date"),
    token: query.get("X-Amz-Security-Token"),
    presigned: true,
    expires,
  };
}

function parseAmzDate(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (m === null) throw new S3Error("AccessDenied", `Invalid date "${value}": use the ISO 8601 basic format yyyyMMdd'T'HHmmss'Z'.`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
}

const sameText = (a: string, b: string): boolean => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The canonical URI S3 signs: the decoded path re-encoded the SigV4 way. */
function canonicalUri(rawPath: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    throw new S3Error("InvalidURI", "Couldn't parse the specified URI.");
  }
  return uriEncode(decoded, true);
}

export function verifyRequest(request: SignedRequest, sessions: Sessions, now = Date.now()): VerifiedRequest {
  const queryMap = new Map(request.query);
  const authorization = header(request.headers, "authorization");
  const presigned = queryMap.has("X-Amz-Signature") || queryMap.has("X-Amz-Credential");
  if (authorization === undefined && !presigned) throw new S3Error("AccessDenied", "Access Denied");
  const auth = authorization !== undefined ? parseHeaderAuth(authorization, request.headers) : parseQueryAuth(queryMap);

  const session = sessions.find(auth.accessKeyId);
  if (session === undefined) {
    throw new S3Error("InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.", { AWSAccessKeyId: auth.accessKeyId });
  }
  if (session.sessionToken !== undefined && (auth.token === undefined || !sameText(auth.token, session.sessionToken))) {
    throw new S3Error("InvalidToken", "The provided token is malformed or otherwise invalid.");
  }
  if (session.expiry !== undefined && now >= Date.parse(session.expiry)) throw new S3Error("ExpiredToken", "The provided token has expired.");

  const signedAt = parseAmzDate(auth.amzDate);
  if (auth.amzDate.slice(0, 8) !== auth.date) {
    throw new S3Error("SignatureDoesNotMatch", "The credential date does not match the request date.");
  }
  if (auth.presigned) {
    if (now > signedAt + (auth.expires as number) * 1000) throw new S3Error("AccessDenied", "Request has expired");
    if (signedAt - now > MAX_SKEW_MS) throw new S3Error("AccessDenied", "Request is not valid yet");
  } else if (Math.abs(now - signedAt) > MAX_SKEW_MS) {
    throw new S3Error("RequestTimeTooSkewed", "The difference between the request time and the current time is too large.");
  }
  if (!auth.signedHeaders.includes("host")) throw new S3Error("AccessDenied", "The host header must be signed.");
  if (!auth.presigned && auth.token !== undefined && !auth.signedHeaders.includes("x-amz-security-token")) {
    throw new S3Error("AccessDenied", "There were headers present in the request which were not signed: x-amz-security-token");
  }

  let payloadHash: string;
  if (auth.presigned) payloadHash = queryMap.get("X-Amz-Content-Sha256") ?? "UNSIGNED-PAYLOAD";
  else {
    const declared = header(request.headers, "x-amz-content-sha256");
    if (declared === undefined) throw new S3Error("InvalidRequest", "Missing required header for this request: x-amz-content-sha256");
    if (!PAYLOAD_HASH.test(declared)) {
      throw new S3Error("InvalidArgument", "x-amz-content-sha256 must be UNSIGNED-PAYLOAD, a STREAMING-* value, or the hex SHA-256 of the payload.");
    }
    payloadHash = declared;
  }
  const canonical = canonicalRequest({
    method: request.method,
    canonicalUri: canonicalUri(request.rawPath),
    canonicalQuery: canonicalQuery(request.query, auth.presigned ? "X-Amz-Signature" : undefined),
    signedHeaders: auth.signedHeaders,
    headerValue: (name) => header(request.headers, name),
    payloadHash,
  });
  const scope = `${auth.date}/${auth.region}/${SERVICE}/aws4_request`;
  const key = signingKey(session.secretAccessKey, auth.date, auth.region);
  const expected = hmacHex(key, stringToSign(auth.amzDate, scope, canonical));
  if (!sameText(expected, auth.signature.toLowerCase())) {
    throw new S3Error("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided. Check your key and signing method.", {
      AWSAccessKeyId: auth.accessKeyId,
    });
  }
  return { session, amzDate: auth.amzDate, scope, key, signature: expected, payloadHash };
}
