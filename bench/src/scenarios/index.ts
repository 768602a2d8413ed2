import type { Scenario } from "../types";
import { apiProxy } from "./api-proxy";
import { apiReads } from "./api-reads";
import { coldStart } from "./cold-start";
import { editorTyping } from "./editor-typing";
import { jsShipped } from "./js-shipped";
import { lighthouse } from "./lighthouse";
import { pages } from "./pages";
import { publishVisible } from "./publish-visible";
import { rateLimits } from "./rate-limits";
import { scale } from "./scale";
import { twoInstances } from "./two-instances";

/** Every scenario, in the order they run within their phase. */
export const SCENARIOS: Scenario[] = [
  pages,
  apiReads,
  apiProxy,
  publishVisible,
  editorTyping,
  jsShipped,
  lighthouse,
  scale,
  twoInstances,
  rateLimits,
  coldStart,
];
