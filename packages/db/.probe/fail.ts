import { applyMigrations, migrationStatus } from '../src/migrate/index.ts';
const url = 'postgresql://postgres@127.0.0.1:5432/probe4';
for (let i = 0; i < 2; i++) {
  try { console.log(await applyMigrations(url, { migrationsDir: process.argv[2] ?? '/tmp/fm' })); } catch (e: any) { console.log('ERR', e.code, JSON.stringify(e.message)); }
}
console.log(await migrationStatus(url, { migrationsDir: '/tmp/fm' }));
