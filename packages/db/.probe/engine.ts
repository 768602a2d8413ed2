import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import { PrismaPg } from '@prisma/adapter-pg';
import { logging } from './logq.ts';
import { bindMigrationAwareSqlAdapterFactory, mockMigrationAwareAdapterFactory } from '@prisma/driver-adapter-utils';

const require = createRequire(import.meta.url);
const wasmPath = new URL('schema_engine_bg.wasm', import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));

const bytes = await readFile(wasmPath);
const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg as any });
bg.__wbg_set_wasm(instance.exports);
(instance.exports as any).__wbindgen_start();
console.log('version', bg.version());

const mode = process.argv[2];
const factory = mode === 'mock' ? mockMigrationAwareAdapterFactory('postgres') : logging(process.argv[3] ?? 'postgresql://postgres@127.0.0.1:5432/postgres') as any;
const bound = bindMigrationAwareSqlAdapterFactory(factory);
const logs: string[] = [];
const engine = await bg.SchemaEngine.new({ datamodels: undefined }, (m: string) => logs.push(m), bound);
console.log('engine created');
const schema = `datasource db {\n provider = "postgresql"\n}\nmodel A {\n id Int @id\n name String\n bs B[]\n}\nmodel B {\n id Int @id\n aId Int\n a A @relation(fields:[aId], references:[id])\n}\n`;
try {
const r = await engine.diff({ from: { tag: 'empty' }, to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schema }] }, script: true, exitCode: null, filters: { externalTables: [], externalEnums: [] } });
console.log(r);
} catch (e) { console.log('ERR', e, (bound as any).errorRegistry); }
console.log(logs.slice(0, 20));
engine.free(); process.exit(0);
