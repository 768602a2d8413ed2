import { applyMigrations } from '../src/migrate/index.ts';
const t0 = Date.now();
await applyMigrations(process.argv[2]!, { migrationsDir: '/tmp/mc/migrations' });
console.log('done in', Date.now() - t0);
console.log(process.getActiveResourcesInfo());
