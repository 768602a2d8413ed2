import { createMigration, migrationStatus, applyMigrations } from '../src/migrate/index.ts';
const [cmd, a, b] = process.argv.slice(2);
if (cmd === 'create') console.log(await createMigration(a!, { schemaPath: '/tmp/mc/schema.prisma', migrationsDir: '/tmp/mc/migrations' }));
if (cmd === 'apply') console.log(await applyMigrations(a!, { migrationsDir: '/tmp/mc/migrations', log: console.log }));
if (cmd === 'status') console.log(await migrationStatus(a!, { migrationsDir: '/tmp/mc/migrations' }));
