// Mint and version start a registry job (REGISTER_CREATE/VERSION_ACTIVITY) whose result names the
// activity item and a chained PROV_LODGE job. The waiting itself is @provena-sdk/jobs'
// waitForActivity (shared with the registry); these are its types under the Data Store's names.
import type { ActivityWaitOption, ActivityWaitOptions } from "@provena-sdk/jobs";

export type { ActivityJobs, ActivityProgress, CompletedActivity } from "@provena-sdk/jobs";
/** How to wait: `true` for the defaults, or options. */
export type WaitOption = ActivityWaitOption;
/** Waiting for a mint's or version's jobs: timeout (default 120 000 ms), poll interval, progress, signal. */
export type WaitOptions = ActivityWaitOptions;
