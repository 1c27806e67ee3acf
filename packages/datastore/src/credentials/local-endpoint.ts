// The fields the local server adds to a credential response to name its S3-compatible endpoint.
// Real deployments omit them, which means AWS S3 (region ap-southeast-2, virtual-host addressing).

/**
 * The credential-response field in which the local server names its S3 endpoint URL (use it with
 * path-style addressing), e.g. `http://127.0.0.1:8080/s3`; real deployments omit it (AWS S3).
 * Read it as `DatasetCredentials.endpoint`.
 */
export const LOCAL_ENDPOINT_FIELD = "s3_endpoint";
/** The credential-response field naming the region to sign for, when not ap-southeast-2 (`DatasetCredentials.region`). */
export const LOCAL_REGION_FIELD = "s3_region";
