import { PrismaPg } from '@prisma/adapter-pg';
export function logging(url: string) {
  const f = new PrismaPg({ connectionString: url });
  const wrap = (a: any, tag: string) => new Proxy(a, { get(t, k) { const v = t[k]; if (typeof v !== 'function') return v; if (!['queryRaw','executeRaw','executeScript','startTransaction','dispose','commit','rollback'].includes(String(k))) return v.bind(t); return async (...args: any[]) => { if (['queryRaw','executeRaw','executeScript','startTransaction','dispose'].includes(String(k))) console.log(tag, String(k), JSON.stringify(args[0])?.slice(0, 300)); const r = await v.apply(t, args); if (k === 'queryRaw') console.log('  ->', JSON.stringify(r).slice(0, 400)); if (k==='startTransaction') return wrap(r, tag+':tx'); return r; }; } });
  return { provider: 'postgres', adapterName: f.adapterName, connect: async () => wrap(await f.connect(), 'main'), connectToShadowDb: async () => wrap(await f.connectToShadowDb(), 'shadow') };
}
