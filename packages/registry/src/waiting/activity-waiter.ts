// Create and version spawn a registry job (REGISTER_CREATE/VERSION_ACTIVITY) whose result names
// the activity item and a chained PROV_LODGE job. The waiting itself is @provena-sdk/jobs'
// waitForActivity (shared with the Data Store); these are its types under the registry's names.
import type { ActivityWaitOption, ActivityWaitOptions } from "@provena-sdk/jobs";

export type { ActivityJobs, ActivityProgress, CompletedActivity } from "@provena-sdk/jobs";
/** How to wait: `true` for the defaults, or options. */
export type WaitOption = ActivityWaitOption;
/** How long and how often to wait, and how to follow or stop the wait (`timeoutMs`, `pollIntervalMs`, `signal`, `onProgress`). */
export type WaitOptions = ActivityWaitOptions;
