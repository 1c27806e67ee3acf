// Where a dataset's files live (behaviour.md §3.2): `datasets/<handle with . and / → ->/` in
// the dataset bucket of the server's dataset storage (the S3-compatible endpoint's store), with
// `metadata.json` (the collection format, indented) at the top of the prefix.
import type { CollectionFormat } from "@provena-sdk/models/datastore";
import type { DatasetStorage } from "../../s3/dataset-storage.js";
import { datasetStorageStore } from "../../s3/store.js";
import type { ServiceContext } from "../context.js";

/** upstream's `DATASET_PATH`. */
export const DATASET_PATH = "datasets";

export interface S3Location {
  readonly bucket_name: string;
  readonly path: string;
  readonly s3_uri: string;
}

export const datasetStorage = (context: ServiceContext): DatasetStorage => context.store(datasetStorageStore);

/** A handle as an S3 path segment: `10378.1/42` → `10378-1-42`. */
export const sanitiseHandle = (id: string): string => id.replace(/[./]/g, "-");

export function s3LocationFor(storage: DatasetStorage, id: string): S3Location {
  const path = `${DATASET_PATH}/${sanitiseHandle(id)}/`;
  return { bucket_name: storage.datasetBucket, path, s3_uri: `s3://${storage.datasetBucket}/${path}` };
}

/** Writes (or overwrites) `metadata.json` under the location. */
export async function writeMetadataFile(storage: DatasetStorage, location: S3Location, cf: CollectionFormat): Promise<void> {
  await storage.putObject(location.bucket_name, `${location.path}metadata.json`, JSON.stringify(cf, null, 2), "application/json");
}
