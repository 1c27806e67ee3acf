// The S3-compatible endpoint, path-style under `{origin}/s3`: `/s3/{bucket}/{key}`. One table
// maps method + target (service, bucket, object) + sub-resource to the operation and the access
// it needs; every request is SigV4-verified first and every failure is S3's XML error.
import type { Reply } from "../http/reply.js";
import type { HttpRequest } from "../http/request.js";
import type { Router } from "../http/router.js";
import type { ServiceContext } from "../services/context.js";
import { authorize } from "./access.js";
import { verifyRequest } from "./auth.js";
import { errorReply, requestId, S3Error } from "./errors.js";
import { bucketLocation, headBucket, listBuckets, listObjectsV1, listObjectsV2 } from "./list-ops.js";
import { abortMultipartUpload, completeMultipartUpload, createMultipartUpload, listParts, uploadPart } from "./multipart-ops.js";
import { copyObject, deleteObject, deleteObjects, getObject, headObject, putObject } from "./object-ops.js";
import { uploadPartCopy } from "./part-copy.js";
import { listMultipartUploads } from "./upload-listing.js";
import { headerOf, type S3Operation, type S3Request, type S3Target } from "./request.js";
import { parseRawQuery } from "./sigv4.js";
import { datasetStorageStore, S3_PATH, type LocalDatasetStorage } from "./store.js";

const MAX_KEY_BYTES = 1024;

const isCopy = (request: S3Request): boolean => headerOf(request, "x-amz-copy-source") !== undefined;

/** Most specific first: the first row whose method, target, sub-resource and condition match wins. */
const OPERATIONS: readonly S3Operation[] = [
  { name: "ListBuckets", method: "GET", target: "service", access: "own", run: listBuckets },
  { name: "ListMultipartUploads", method: "GET", target: "bucket", sub: "uploads", access: "list", run: listMultipartUploads },
  { name: "ListObjectsV2", method: "GET", target: "bucket", when: (r) => r.query.get("list-type") === "2", access: "list", run: listObjectsV2 },
  { name: "GetBucketLocation", method: "GET", target: "bucket", sub: "location", access: "list", run: bucketLocation },
  { name: "ListObjects", method: "GET", target: "bucket", when: (r) => !r.query.has("uploads") && !r.query.has("versions"), access: "list", run: listObjectsV1 },
  { name: "HeadBucket", method: "HEAD", target: "bucket", access: "list", run: headBucket },
  { name: "DeleteObjects", method: "POST", target: "bucket", sub: "delete", access: "own", run: deleteObjects },
  { name: "CreateMultipartUpload", method: "POST", target: "object", sub: "uploads", access: "write", run: createMultipartUpload },
  { name: "CompleteMultipartUpload", method: "POST", target: "object", sub: "uploadId", access: "write", run: completeMultipartUpload },
  { name: "UploadPartCopy", method: "PUT", target: "object", sub: "uploadId", when: isCopy, access: "write", run: uploadPartCopy },
  { name: "UploadPart", method: "PUT", target: "object", sub: "uploadId", access: "write", run: uploadPart },
  { name: "CopyObject", method: "PUT", target: "object", when: isCopy, access: "own", run: copyObject },
  { name: "PutObject", method: "PUT", target: "object", when: (r) => !r.query.has("tagging") && !r.query.has("acl"), access: "write", run: putObject },
  { name: "ListParts", method: "GET", target: "object", sub: "uploadId", access: "write", run: listParts },
  { name: "GetObject", method: "GET", target: "object", when: (r) => !r.query.has("tagging") && !r.query.has("acl"), access: "read", run: getObject },
  { name: "HeadObject", method: "HEAD", target: "object", access: "read", run: headObject },
  { name: "AbortMultipartUpload", method: "DELETE", target: "object", sub: "uploadId", access: "write", run: abortMultipartUpload },
  { name: "DeleteObject", method: "DELETE", target: "object", access: "write", run: deleteObject },
];

// Browsers (presigned downloads, multipart uploads from a page) must be able to read these.
const EXPOSE_HEADERS = [
  "etag",
  "content-range",
  "accept-ranges",
  "last-modified",
  "x-amz-request-id",
  "x-amz-checksum-crc32",
  "x-amz-checksum-crc32c",
  "x-amz-checksum-crc64nvme",
  "x-amz-checksum-sha1",
  "x-amz-checksum-sha256",
  "x-amz-checksum-type",
  "x-amz-mp-parts-count",
].join(", ");

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new S3Error("InvalidURI", "Couldn't parse the specified URI.");
  }
}

interface Target {
  readonly rawPath: string;
  readonly rawQuery: string;
  readonly target: S3Target;
  readonly bucket: string;
  readonly key: string;
}

function parseTarget(http: HttpRequest): Target {
  const url = http.raw.url ?? "/";
  const requestTarget = url.startsWith("/") ? url : `${http.url.pathname}${http.url.search}`;
  const q = requestTarget.indexOf("?");
  const rawPath = q < 0 ? requestTarget : requestTarget.slice(0, q);
  const rawQuery = q < 0 ? "" : requestTarget.slice(q + 1);
  const rest = rawPath.slice(S3_PATH.length + 1);
  const slash = rest.indexOf("/");
  const bucket = decode(slash < 0 ? rest : rest.slice(0, slash));
  const key = slash < 0 ? "" : decode(rest.slice(slash + 1));
  if (Buffer.byteLength(key) > MAX_KEY_BYTES) throw new S3Error("KeyTooLongError", "Your key is too long");
  const target: S3Target = bucket === "" ? "service" : key === "" ? "bucket" : "object";
  return { rawPath, rawQuery, target, bucket, key };
}

function findOperation(request: S3Request, target: S3Target): S3Operation {
  const candidates = OPERATIONS.filter((op) => op.target === target && (op.sub === undefined || request.query.has(op.sub)));
  const operation = candidates.find((op) => op.method === request.method && (op.when === undefined || op.when(request)));
  if (operation !== undefined) return operation;
  if (!candidates.some((op) => op.method === request.method)) {
    throw new S3Error("MethodNotAllowed", "The specified method is not allowed against this resource.", { Method: request.method, ResourceType: target.toUpperCase() });
  }
  throw new S3Error("NotImplemented", "A header or query you provided implies functionality that is not implemented in provena-local.");
}

async function dispatch(http: HttpRequest, storage: LocalDatasetStorage): Promise<Reply> {
  const target = parseTarget(http);
  const queryPairs = parseRawQuery(target.rawQuery);
  const method = http.method.toUpperCase();
  const auth = verifyRequest({ method, rawPath: target.rawPath, query: queryPairs, headers: http.headers }, storage.sessions);
  const request: S3Request = {
    method,
    bucket: target.bucket,
    key: target.key,
    query: new Map(queryPairs),
    headers: http.headers,
    raw: http.raw,
    auth,
    storage,
  };
  const operation = findOperation(request, target.target);
  if (operation.access !== "own") authorize(auth.session, operation.access, request.bucket, target.target === "object" ? request.key : undefined);
  return operation.run(request);
}

function withCommonHeaders(reply: Reply, id: string): Reply {
  return { ...reply, headers: { ...reply.headers, "x-amz-request-id": id, "access-control-expose-headers": EXPOSE_HEADERS } };
}

export function mountS3(router: Router, context: ServiceContext): void {
  router.mount(S3_PATH, async (http) => {
    const id = requestId();
    try {
      return withCommonHeaders(await dispatch(http, context.store(datasetStorageStore)), id);
    } catch (error) {
      if (error instanceof S3Error) return withCommonHeaders(errorReply(error, http.method, id), id);
      // The client went away mid-body: nobody is left to answer.
      if (http.raw.destroyed || http.raw.readableAborted) return withCommonHeaders(errorReply(new S3Error("IncompleteBody", "The request body was cut short."), http.method, id), id);
      throw error;
    }
  });
}
