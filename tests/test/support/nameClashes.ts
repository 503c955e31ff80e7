import { relative } from 'node:path';
import ts from 'typescript';

/** A module whose exported names are compared: its specifier and its declaration file. */
export interface PublicModule {
  specifier: string;
  types: string;
}

/** One exported name that means different things in different entry points. */
export interface NameClash {
  name: string;
  /** Each distinct declaration behind the name, with the entry points exporting it. */
  meanings: { declaredAt: string; entryPoints: string[] }[];
}

/**
 * The names that two or more modules export for different declarations (values and types alike), found
 * with the TypeScript checker over their declaration files: each export alias is resolved to its original
 * declaration, so re-exporting one symbol from several entry points is no clash.
 * @example
 * findNameClashes([{ specifier: '@ht/a', types: 'a.d.ts' }, { specifier: '@ht/b', types: 'b.d.ts' }], root);
 * // [{ name: 'Clock', meanings: [{ declaredAt: 'a.d.ts:3', entryPoints: ['@ht/a'] }, …] }]
 */
export function findNameClashes(modules: readonly PublicModule[], root: string): NameClash[] {
  const program = ts.createProgram(
    modules.map((m) => m.types),
    {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
  );
  const checker = program.getTypeChecker();
  const byName = new Map<string, Map<ts.Symbol, string[]>>();
  for (const { specifier, types } of modules) {
    const source = program.getSourceFile(types);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`${specifier}: ${types} is not a module (is the package built?)`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const original = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const meanings = byName.get(exported.name) ?? new Map<ts.Symbol, string[]>();
      byName.set(exported.name, meanings);
      meanings.set(original, [...(meanings.get(original) ?? []), specifier]);
    }
  }
  const where = (symbol: ts.Symbol): string => {
    const declaration = symbol.declarations?.[0];
    if (!declaration) return `(no declaration: ${symbol.name})`;
    const file = declaration.getSourceFile();
    const { line } = file.getLineAndCharacterOfPosition(declaration.getStart());
    return `${relative(root, file.fileName)}:${line + 1}`;
  };
  return [...byName]
    .filter(([, meanings]) => meanings.size > 1)
    .map(([name, meanings]) => ({
      name,
      meanings: [...meanings].map(([symbol, entryPoints]) => ({ declaredAt: where(symbol), entryPoints })),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A clash as lines a reader can act on: the name, then each meaning's entry points and declaration. */
export function describeClash({ name, meanings }: NameClash): string {
  return [
    `${name} names ${meanings.length} different declarations:`,
    ...meanings.map((m) => `  ${m.entryPoints.join(', ')} → ${m.declaredAt}`),
  ].join('\n');
}
