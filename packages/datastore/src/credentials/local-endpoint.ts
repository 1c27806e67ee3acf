// The fields the local server adds to a credential response to name its S3-compatible endpoint.
// Real deployments omit them, which means AWS S3 (region ap-southeast-2, virtual-host addressing).

/** The S3 endpoint URL to use with path-style addressing, e.g. `http://127.0.0.1:8080/s3`. */
export const LOCAL_ENDPOINT_FIELD = "s3_endpoint";
/** The region to sign for, when not ap-southeast-2. */
export const LOCAL_REGION_FIELD = "s3_region";
