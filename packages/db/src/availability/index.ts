export { isDatabaseUnavailable } from "./classify";
export { databaseHealth, type DatabaseHealth } from "./health";
