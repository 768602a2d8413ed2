import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";

// Claim the oldest server we deploy to (15, not 18), so any version-dependent SQL the engine writes runs on both.
const TARGET_SERVER_VERSION_NUM = 150000;

function offlineError(sql: string): Error {
  return new Error(
    `The offline schema engine cannot run SQL against a database: ${sql.slice(0, 120)}`,
  );
}

// The only query the engine sends when it starts: whether the default schema exists, and the server version.
function answerStartupProbe(query: SqlQuery): SqlResultSet {
  if (!query.sql.includes("current_setting('server_version_num')")) throw offlineError(query.sql);
  return {
    columnNames: ["exists", "version", "numeric_version"],
    columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
    rows: [[true, "PostgreSQL 15 (offline)", TARGET_SERVER_VERSION_NUM]],
  };
}

function offlineAdapter(): SqlDriverAdapter {
  return {
    provider: "postgres",
    adapterName: "kz-offline",
    queryRaw: async (query) => answerStartupProbe(query),
    executeRaw: async (query) => {
      throw offlineError(query.sql);
    },
    executeScript: async (script) => {
      throw offlineError(script);
    },
    startTransaction: async () => {
      throw offlineError("BEGIN");
    },
    getConnectionInfo: () => ({ supportsRelationJoins: true }),
    dispose: async () => {},
  };
}

/**
 * A driver adapter factory with no database behind it. The wasm schema engine insists on a connection when it
 * starts, even for diffs between two schema files, and the pg adapter cannot introspect (prisma/orm#27403);
 * this lets those diffs run on a machine with no Postgres at all.
 */
export function offlineAdapterFactory(): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: "postgres",
    adapterName: "kz-offline",
    connect: async () => offlineAdapter(),
    connectToShadowDb: async () => offlineAdapter(),
  };
}
