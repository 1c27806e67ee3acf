// The files of a dataset (or of one folder in it) as ListObjectsV2 reports them, with paths
// relative to the dataset. Folder markers (keys ending in `/`) are not files.
import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import type { DatasetS3 } from "../s3/dataset-s3.js";
import { withRenewal } from "../s3/send.js";

/** One file of a dataset as S3 lists it (`DatasetFiles.list`). */
export interface DatasetFile {
  /** Path relative to the dataset, `/`-separated (e.g. `raw/2024/a.csv`). */
  readonly path: string;
  /** The full object key. */
  readonly key: string;
  /** Size in bytes. */
  readonly size: number;
  /** The ETag, unquoted: the MD5 of the bytes, or `<md5 of part md5s>-<parts>` for a multipart upload. */
  readonly etag: string;
  /** When the object was last written, if S3 said. */
  readonly lastModified: Date | undefined;
}

export async function listRemoteFiles(s3: DatasetS3, folderPrefix: string, signal?: AbortSignal): Promise<DatasetFile[]> {
  const files: DatasetFile[] = [];
  let token: string | undefined;
  do {
    const page = await withRenewal(
      s3,
      () => s3.client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: `${s3.prefix}${folderPrefix}`, ContinuationToken: token }), { abortSignal: signal }),
      signal,
    );
    for (const object of page.Contents ?? []) {
      const key = object.Key;
      if (key === undefined || key.endsWith("/") || !key.startsWith(s3.prefix)) continue;
      files.push({ path: key.slice(s3.prefix.length), key, size: object.Size ?? 0, etag: (object.ETag ?? "").replace(/^"|"$/g, ""), lastModified: object.LastModified });
    }
    token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
  } while (token !== undefined);
  return files;
}
