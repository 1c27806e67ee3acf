// S3's error answers: `<Error><Code>…</Code><Message>…</Message>…</Error>` with S3's status per
// code. Handlers throw `S3Error`; the endpoint renders it (no body for HEAD, as S3).
import { randomBytes } from "node:crypto";
import { XmlNode } from "@aws-sdk/xml-builder";
import type { Reply } from "../http/reply.js";

const STATUS: Readonly<Record<string, number>> = {
  AccessDenied: 403,
  AuthorizationHeaderMalformed: 400,
  AuthorizationQueryParametersError: 400,
  BadDigest: 400,
  EntityTooSmall: 400,
  ExpiredToken: 400,
  IncompleteBody: 400,
  InternalError: 500,
  InvalidAccessKeyId: 403,
  InvalidArgument: 400,
  InvalidBucketName: 400,
  InvalidDigest: 400,
  InvalidPart: 400,
  InvalidPartOrder: 400,
  InvalidRange: 416,
  InvalidRequest: 400,
  InvalidToken: 400,
  InvalidURI: 400,
  EntityTooLarge: 400,
  KeyTooLongError: 400,
  MalformedXML: 400,
  MaxMessageLengthExceeded: 400,
  MethodNotAllowed: 405,
  MissingContentLength: 411,
  MissingSecurityHeader: 400,
  NoSuchBucket: 404,
  NoSuchKey: 404,
  NoSuchUpload: 404,
  NotImplemented: 501,
  PreconditionFailed: 412,
  RequestTimeTooSkewed: 403,
  SignatureDoesNotMatch: 403,
  XAmzContentSHA256Mismatch: 400,
};

export class S3Error extends Error {
  readonly status: number;
  constructor(
    readonly code: string,
    message: string,
    /** Extra `<Name>value</Name>` elements S3 adds (e.g. `Key`, `BucketName`). */
    readonly details: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.status = STATUS[code] ?? 400;
  }
}

export const requestId = (): string => randomBytes(8).toString("hex").toUpperCase();

export const XML_CONTENT_TYPE = "application/xml";

export function errorReply(error: S3Error, method: string, id = requestId()): Reply {
  const headers = { "x-amz-request-id": id };
  if (method === "HEAD") return { status: error.status, headers };
  const node = new XmlNode("Error").addChildNode(XmlNode.of("Code", error.code)).addChildNode(XmlNode.of("Message", error.message));
  for (const [name, value] of Object.entries(error.details)) node.addChildNode(XmlNode.of(name, value));
  node.addChildNode(XmlNode.of("RequestId", id));
  return { status: error.status, headers, text: `<?xml version="1.0" encoding="UTF-8"?>\n${node.toString()}`, contentType: XML_CONTENT_TYPE };
}
