// Typed builders for `dataset_info.access_info`: a dataset is either reposited (its files live
// in the data store, and uri/description must be absent) or stored elsewhere (both required).
// The types make the invalid mixes unrepresentable; the server enforces the same rule.
import type { AccessInfo } from "@provena-sdk/models/datastore";

/** `access_info` of a dataset whose files are uploaded into the data store (from {@link repositedAccess}). */
export interface RepositedAccessInfo extends AccessInfo {
  /** The files live in the data store. */
  readonly reposited: true;
  /** Must be absent for a reposited dataset. */
  readonly uri?: undefined;
  /** Must be absent for a reposited dataset. */
  readonly description?: undefined;
}

/** `access_info` of a dataset whose data lives elsewhere (from {@link externalAccess}). */
export interface ExternalAccessInfo extends AccessInfo {
  /** The data is not in the data store. */
  readonly reposited: false;
  /** Where the data can be found. */
  readonly uri: string;
  /** How to get access to it. */
  readonly description: string;
}

/** The data lives in the data store: upload it with write credentials. */
export function repositedAccess(): RepositedAccessInfo {
  return { reposited: true };
}

/** The data lives elsewhere (`uri`); the dataset's `access_info_uri` then points there. */
export function externalAccess(uri: string, description: string): ExternalAccessInfo {
  return { reposited: false, uri, description };
}

