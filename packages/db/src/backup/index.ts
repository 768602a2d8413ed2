export { backupDatabase, type BackupSummary } from "./backup";
export { restoreDatabase, type RestoreOptions, type RestoreSummary } from "./restore";
export { readTables, type Table } from "./catalog";
export { tableChecksum, type TableChecksum } from "./checksum";
export { BackupError } from "./errors";
export { backupFileName, FILE_SUFFIX } from "./format";
