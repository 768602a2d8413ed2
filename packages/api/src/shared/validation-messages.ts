// Validation messages an editor or a program author can act on, for every check that does not
// carry a message of its own: zod's defaults ("Too big: expected string to have <=100000
// characters", "Invalid option: expected one of …") read like a stack trace. Set once, globally,
// for the API and the admin's forms alike (both validate with the same schemas, which import this).
import { z } from "zod";

/** 100000 as "100 000": the thin grouping the record's three languages all read. */
const count = (n: number | bigint) => Number(n).toLocaleString("en").replace(/,/g, " ");

const wholeKinds = new Set(["int", "bigint"]);

/** The message for an issue, or undefined for zod's own (what is not listed here). */
export function validationMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "too_big": {
      const max = count(issue.maximum);
      if (issue.origin === "string") return `Too long: at most ${max} characters`;
      if (issue.origin === "array" || issue.origin === "set") return `Too many: at most ${max}`;
      if (issue.origin === "number" || wholeKinds.has(issue.origin))
        return issue.inclusive === false ? `Must be less than ${max}` : `Must be at most ${max}`;
      return undefined;
    }
    case "too_small": {
      const min = count(issue.minimum);
      if (issue.origin === "string")
        return Number(issue.minimum) === 1 ? "Required" : `Too short: at least ${min} characters`;
      if (issue.origin === "array" || issue.origin === "set")
        return Number(issue.minimum) === 1 ? "Add at least one" : `Add at least ${min}`;
      if (issue.origin === "number" || wholeKinds.has(issue.origin))
        return issue.inclusive === false ? `Must be more than ${min}` : `Must be at least ${min}`;
      return undefined;
    }
    case "invalid_type":
      if (issue.input === undefined || issue.input === null) return "Required";
      if (issue.expected === "int") return "Use a whole number";
      if (issue.expected === "number") return "Use a number";
      if (issue.expected === "string") return "Use text";
      return undefined;
    case "invalid_value":
      return issue.values.length === 1
        ? `Must be ${String(issue.values[0])}`
        : `Use one of: ${issue.values.map(String).join(", ")}`;
    case "invalid_format":
      if (issue.format === "url") return "Use a full web address, starting with https://";
      if (issue.format === "email") return "Use an email address";
      if (issue.format === "date") return "Use a date as YYYY-MM-DD";
      if (issue.format === "datetime") return "Use a date and time (ISO 8601)";
      return undefined;
    case "unrecognized_keys":
      return `Not a field here: ${issue.keys.join(", ")}`;
    default:
      return undefined;
  }
}

z.config({ customError: validationMessage });
