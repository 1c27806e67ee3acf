// Typed builders for `dataset_info.access_info`: a dataset is either reposited (its files live
// in the data store, and uri/description must be absent) or stored elsewhere (both required).
// The types make the invalid mixes unrepresentable; the server enforces the same rule.
import type { AccessInfo } from "@provena-sdk/models/datastore";

export interface RepositedAccessInfo extends AccessInfo {
  readonly reposited: true;
  readonly uri?: undefined;
  readonly description?: undefined;
}

export interface ExternalAccessInfo extends AccessInfo {
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

