// multipart/form-data bodies, parsed by Node's own fetch implementation (undici's `formData()`),
// so the local server carries no parser of its own.
import type { HttpRequest } from "./request.js";

export class MultipartError extends Error {}

/** The form's fields; files as `File`, plain fields as strings. */
export async function readMultipart(http: HttpRequest): Promise<FormData> {
  const type = http.headers["content-type"] ?? "";
  if (!/^multipart\/form-data\s*;/i.test(type)) throw new MultipartError(`expected a multipart/form-data body, got ${type === "" ? "no content type" : type}`);
  const body = await http.bytes();
  try {
    return await new Response(new Uint8Array(body), { headers: { "content-type": type } }).formData();
  } catch (cause) {
    throw new MultipartError(`the multipart/form-data body could not be parsed: ${(cause as Error).message}`);
  }
}
