export { createDb, type Db, type CreateDbOptions } from "./client";
export { appDb } from "./app-db";
export { databaseHealth, isDatabaseUnavailable, type DatabaseHealth } from "./availability";
export * from "./generated/prisma/client";
export { hashPassword, verifyPassword } from "./password";
export { ratingFigures, type RatingFiguresInput } from "./rating-figures";
export { recordChangeLog, type ChangeEntityType, type RecordedChange } from "./change-log";
export { translationSourceHash } from "./translation-hash";
