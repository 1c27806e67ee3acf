// Every SDK validation goes through here. zod/mini registers no locale (that keeps a browser
// bundle small), so without one every issue would read "Invalid input"; zod's English messages
// are passed per parse instead of set globally, so an application's own zod configuration is
// neither changed nor able to change the SDK's messages.
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";

const englishMessages = en().localeError;

/** `schema.safeParse(value)` with zod's English issue messages ("Invalid input: expected string, received number"). */
export function safeParse<T>(schema: z.core.$ZodType<T>, value: unknown): z.core.util.SafeParseResult<T> {
  return z.safeParse(schema, value, { error: englishMessages });
}

/** An issue's path as plain keys (symbols, which JSON cannot carry, as their description). */
export const issuePath = (issue: z.core.$ZodIssue): (string | number)[] => issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
