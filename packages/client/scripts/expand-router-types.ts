// Writes the router's types as a program outside the server needs them: every procedure's input and
// output spelt out in full (no name from the server's source, which is not published), and a tRPC
// router type built from them with no server context. `npm run build` bundles this file into the
// published .d.ts in place of src/router.ts (tsdown.config.ts).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

import ts from "typescript";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
export const EXPANDED_ROUTER = path.join(root, "build/router.ts");

const MAX_DEPTH = 24;
const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function printer(checker: ts.TypeChecker) {
  const print = (type: ts.Type, depth: number, seen: Set<ts.Type>): string => {
    if (depth > MAX_DEPTH || seen.has(type)) return "unknown";
    const f = type.flags;
    if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return "unknown";
    if (f & ts.TypeFlags.Boolean) return "boolean";
    if (type.isUnion()) {
      // `boolean` is `true | false` inside a union: say it once.
      const parts = type.types.map((t) => print(t, depth + 1, seen));
      const merged =
        parts.includes("true") && parts.includes("false")
          ? ["boolean", ...parts.filter((p) => p !== "true" && p !== "false")]
          : parts;
      return [...new Set(merged)].join(" | ");
    }
    if (type.isIntersection()) {
      return type.types.map((t) => `(${print(t, depth + 1, seen)})`).join(" & ");
    }
    if (!(f & ts.TypeFlags.Object)) return checker.typeToString(type);
    const name = type.getSymbol()?.getName();
    if (name === "Date") return "Date";
    const inner = new Set(seen).add(type);
    if (checker.isArrayType(type)) {
      const [element] = checker.getTypeArguments(type as ts.TypeReference);
      return `Array<${element ? print(element, depth + 1, inner) : "unknown"}>`;
    }
    if (checker.isTupleType(type)) {
      const elements = checker.getTypeArguments(type as ts.TypeReference);
      return `[${elements.map((t) => print(t, depth + 1, inner)).join(", ")}]`;
    }
    if (type.getCallSignatures().length) return "unknown";
    const members: string[] = [];
    for (const info of checker.getIndexInfosOfType(type)) {
      members.push(
        `[key: ${checker.typeToString(info.keyType)}]: ${print(info.type, depth + 1, inner)};`,
      );
    }
    for (const property of checker.getPropertiesOfType(type)) {
      const key = identifier.test(property.name) ? property.name : JSON.stringify(property.name);
      const optional = property.flags & ts.SymbolFlags.Optional ? "?" : "";
      const value = print(checker.getTypeOfSymbol(property), depth + 1, inner);
      members.push(`${key}${optional}: ${value};`);
    }
    return `{ ${members.join(" ")} }`;
  };
  return (type: ts.Type) => print(type, 0, new Set());
}

/** The declarations: the router's record, procedure by procedure, and the error shape. */
export function expandRouterTypes(): string {
  const probe = path.join(root, "src/__router-probe.ts");
  const source = [
    'import type { AppRouter } from "@kz/api";',
    "export declare const record: AppRouter['_def']['record'];",
    "export declare const errorShape: AppRouter['_def']['_config']['$types']['errorShape'];",
  ].join("\n");
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(root, "tsconfig.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  )!;
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => (path.resolve(file) === probe ? source : readFile(file));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => path.resolve(file) === probe || fileExists(file);
  const program = ts.createProgram([probe], config.options, host);
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(probe)!;
  const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(file)!);
  const typeOf = (name: string) => checker.getTypeOfSymbol(exported.find((s) => s.name === name)!);
  const print = printer(checker);

  const member = (type: ts.Type, name: string) => {
    const symbol = type.getProperty(name);
    return symbol && checker.getTypeOfSymbol(symbol);
  };
  const recordOf = (type: ts.Type, indent: string): string => {
    const lines: string[] = [];
    for (const property of checker.getPropertiesOfType(type)) {
      const value = checker.getTypeOfSymbol(property);
      const def = member(value, "_def");
      const kind = def && member(def, "type");
      const types = def && member(def, "$types");
      if (kind && types && kind.isStringLiteral()) {
        const procedure = { query: "Query", mutation: "Mutation", subscription: "Subscription" }[
          kind.value
        ];
        const input = print(member(types, "input")!);
        const output = print(member(types, "output")!);
        lines.push(
          `${indent}${property.name}: TRPC${procedure}Procedure<{ input: ${input}; output: ${output}; meta: object }>;`,
        );
      } else {
        lines.push(`${indent}${property.name}: {\n${recordOf(value, `${indent}  `)}\n${indent}};`);
      }
    }
    return lines.join("\n");
  };

  const record = recordOf(typeOf("record"), "  ");
  const used = ["Query", "Mutation", "Subscription"]
    .map((kind) => `TRPC${kind}Procedure`)
    .filter((name) => record.includes(`${name}<`));
  return `// Generated by packages/client/scripts/expand-router-types.ts from the API's router: do not edit.
import type { TRPCBuiltRouter, ${used.join(", ")} } from "@trpc/server";

export type ErrorShape = ${print(typeOf("errorShape"))};

export type RouterRecord = {
${record}
};

/** The API's router as a client sees it: procedures, error shape, transformer; no server context. */
export type AppRouter = TRPCBuiltRouter<
  { ctx: object; meta: object; errorShape: ErrorShape; transformer: true },
  RouterRecord
>;
`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = expandRouterTypes();
  await mkdir(path.dirname(EXPANDED_ROUTER), { recursive: true });
  await writeFile(EXPANDED_ROUTER, text);
  console.log(`${path.relative(process.cwd(), EXPANDED_ROUTER)}: ${text.length} characters`);
}
