// Loaded by the apps' proxies: nothing here pulls in the router or the Prisma client.
export {
  databaseUnavailablePage,
  pageRetryUrl,
  withPageUrl,
  PAGE_URL_HEADER,
  UNAVAILABLE_PARAM,
  type UnavailablePageText,
} from "./page";
export { answer503WhenDatabaseDown } from "./route";
export { isServiceUnavailable } from "./service-unavailable";
