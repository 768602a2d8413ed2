import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { logging } from './logq.ts';
const bytes = await readFile(new URL('schema_engine_bg.wasm', import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg')));
const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg as any });
bg.__wbg_set_wasm(instance.exports);
(instance.exports as any).__wbindgen_start();
const bound = bindMigrationAwareSqlAdapterFactory(logging(process.argv[2]!) as any);
const engine = await bg.SchemaEngine.new({ datamodels: undefined }, (m: string) => {}, bound);
const baseDir = '/tmp/probe-mig';
const dirs = (await readdir(baseDir, { withFileTypes: true })).filter(d => d.isDirectory()).map(d => d.name).sort();
const migrationsList = { baseDir, lockfile: { path: 'migration_lock.toml', content: await readFile(path.join(baseDir, 'migration_lock.toml'), 'utf8') }, shadowDbInitScript: '', migrationDirectories: await Promise.all(dirs.map(async d => ({ path: d, migrationFile: { path: 'migration.sql', content: { tag: 'ok' as const, value: await readFile(path.join(baseDir, d, 'migration.sql'), 'utf8') } } }))) };
const filters = { externalTables: [], externalEnums: [] };
try {
  if (process.argv[3] === 'status') console.log(JSON.stringify(await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters })));
  else console.log(await engine.applyMigrations({ migrationsList, filters }));
} catch (e) { console.log('ERR', e); }
engine.free(); process.exit(0);
