#!/usr/bin/env node
// @ts-check
// Type-checks the TSDoc `@example` blocks of every public entry point's exports (`npm test` runs it in
// `typecheck:tests`). For each entry point it walks the declarations of what the entry point exports (the
// built .d.ts, which keeps the comments), takes each ```ts block of an `@example` tag, and writes it to
// `<package>/.tsdoc-examples/` (git-ignored) as a module that imports every name the entry point exports
// (and the names of the package's other entry points it uses), so an example needs no import line. The
// prelude (tests/scripts/examplePrelude/) declares the variables examples use without defining them
// (`span`, `ctx`, `store`, …). Each package's examples are compiled in one strict program; each entry
// point passes when all of its examples compile.
//
// Usage: node tests/scripts/checkExamples.mjs [--json FILE] [entry point …]
// Needs the packages built (`tsc -b`).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { publicEntryPoints } from './entryPoints.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const preludeDir = fileURLToPath(new URL('./examplePrelude/', import.meta.url));

/**
 * The prelude files of a package's examples: `shared.d.ts` (the trace model, views, stores) and the
 * package's own `<folder>.d.ts` when there is one. stream-core knows nothing of tracing: its examples
 * get only `stream-core.d.ts`, where `Span` is any span-like record.
 */
function preludeFiles(/** @type {string} */ packageDir) {
  const own = join(preludeDir, `${basename(packageDir)}.d.ts`);
  const shared = packageDir === 'packages/stream-core' ? [] : [join(preludeDir, 'shared.d.ts')];
  return [...shared, ...(existsSync(own) ? [own] : [])];
}
const outDirName = '.tsdoc-examples';

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonFile = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : undefined;
const only = args;

/** Compiler options of the check: the workspace's strict settings, every @ht entry point mapped to its .d.ts. */
function compilerOptions(/** @type {import('./entryPoints.mjs').EntryPoint[]} */ entryPoints) {
  return {
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts'],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: ['node'],
    typeRoots: [join(root, 'node_modules/@types')],
    strict: true,
    noUncheckedIndexedAccess: true,
    noPropertyAccessFromIndexSignature: true,
    skipLibCheck: true,
    noEmit: true,
    paths: Object.fromEntries(entryPoints.map((e) => [e.specifier, [e.types]])),
  };
}

/** The text of an `@example` tag without the comment's ` * ` margins. */
function exampleText(/** @type {ts.JSDocTag} */ tag) {
  const raw = tag.getSourceFile().text.slice(tag.pos, tag.end);
  return raw
    .replace(/\*\/\s*$/, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n');
}

/** The ```ts (or ```typescript) blocks of an example. */
function codeBlocks(/** @type {string} */ text) {
  return [...text.matchAll(/```(?:ts|typescript)[^\n]*\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
}

/** Every `@example` tag on a declaration and on anything declared inside it (members, properties). */
function exampleTags(/** @type {ts.Node} */ declaration) {
  /** @type {Set<ts.JSDocTag>} */
  const tags = new Set();
  const visit = (/** @type {ts.Node} */ node) => {
    for (const doc of ts.getJSDocCommentsAndTags(node)) {
      const docTags = ts.isJSDoc(doc) ? (doc.tags ?? []) : [doc];
      for (const tag of docTags) if (tag.tagName.text === 'example') tags.add(tag);
    }
    ts.forEachChild(node, visit);
  };
  visit(declaration);
  return [...tags];
}

/** Names an example declares or imports at its top level: they are not imported for it. */
function ownNames(/** @type {string} */ code) {
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  /** @type {Set<string>} */
  const names = new Set();
  const bind = (/** @type {ts.BindingName} */ name) => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name);
  };
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) statement.declarationList.declarations.forEach((d) => bind(d.name));
    else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name
    ) {
      names.add(statement.name.text);
    } else if (ts.isImportDeclaration(statement) && statement.importClause) {
      const clause = statement.importClause;
      if (clause.name) names.add(clause.name.text);
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
      else if (bindings) bindings.elements.forEach((e) => names.add(e.name.text));
    }
  }
  return names;
}

/** Every identifier an example mentions. */
function usedNames(/** @type {string} */ code) {
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  /** @type {Set<string>} */
  const names = new Set();
  const visit = (/** @type {ts.Node} */ node) => {
    if (ts.isIdentifier(node)) names.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}

/** Where a declaration's source is: `packages/x/src/a/B.ts` for `packages/x/dist/a/B.d.ts`. */
const sourceOf = (/** @type {string} */ dts) =>
  relative(root, dts)
    .replace(/\/dist\//, '/src/')
    .replace(/\.d\.ts$/, '.ts');

const entryPoints = publicEntryPoints(root);
const options = compilerOptions(entryPoints);
const declarations = ts.createProgram(
  entryPoints.map((e) => e.types),
  options,
);
const checker = declarations.getTypeChecker();

/** The names each entry point exports. */
const exportsOf = new Map(
  entryPoints.map((e) => {
    const source = declarations.getSourceFile(e.types);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`${e.specifier}: ${e.types} is not built (run tsc -b)`);
    return [
      e.specifier,
      checker
        .getExportsOfModule(moduleSymbol)
        .map((s) => s.name)
        .filter((n) => n !== 'default'),
    ];
  }),
);

/**
 * One generated example file.
 * @typedef {{ file: string; packageDir: string; entryPoint: string; exportName: string; source: string; code: string }} Example
 */
/** @type {Example[]} */
const examples = [];
/** @type {Set<ts.JSDocTag>} */
const seen = new Set();
for (const packageDir of new Set(entryPoints.map((e) => e.packageDir))) {
  rmSync(join(root, packageDir, outDirName), { recursive: true, force: true });
}
const checked = entryPoints.filter((e) => only.length === 0 || only.includes(e.specifier));
for (const entryPoint of checked) {
  const source = declarations.getSourceFile(entryPoint.types);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`${entryPoint.specifier}: ${entryPoint.types} is not built (run tsc -b)`);
  const exported = checker.getExportsOfModule(moduleSymbol);
  const exportNames = exportsOf.get(entryPoint.specifier) ?? [];
  const dir = join(root, entryPoint.packageDir, outDirName, entryPoint.specifier.replace(/[@/]/g, '_'));
  mkdirSync(dir, { recursive: true });
  for (const symbol of exported) {
    const original = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    for (const declaration of original.declarations ?? []) {
      for (const tag of exampleTags(declaration)) {
        // A declaration exported by several entry points is checked once, with the first one's names.
        if (seen.has(tag)) continue;
        seen.add(tag);
        const line = tag.getSourceFile().getLineAndCharacterOfPosition(tag.getStart()).line + 1;
        codeBlocks(exampleText(tag)).forEach((code, i) => {
          const own = ownNames(code);
          const imports = [[entryPoint.specifier, exportNames.filter((n) => !own.has(n))]];
          // Names of the package's other entry points (its testing kit, say) when the example uses them.
          const used = usedNames(code);
          for (const sibling of entryPoints.filter((e) => e.packageDir === entryPoint.packageDir && e !== entryPoint)) {
            const taken = new Set(imports.flatMap(([, names]) => names));
            const names = (exportsOf.get(sibling.specifier) ?? []).filter(
              (n) => used.has(n) && !own.has(n) && !taken.has(n),
            );
            imports.push([sibling.specifier, names]);
          }
          const file = join(dir, `${symbol.name}.${line}${i ? `.${i}` : ''}.ts`);
          const header =
            `// ${symbol.name} in ${entryPoint.specifier}: ${sourceOf(tag.getSourceFile().fileName)}\n` +
            imports
              .filter(([, names]) => names.length > 0)
              .map(([from, names]) => `import { ${names.join(', ')} } from '${from}';\n`)
              .join('') +
            `export {};\n`;
          writeFileSync(file, `${header}${code}`);
          examples.push({
            file,
            packageDir: entryPoint.packageDir,
            entryPoint: entryPoint.specifier,
            exportName: symbol.name,
            source: sourceOf(tag.getSourceFile().fileName),
            code,
          });
        });
      }
    }
  }
}

// One program per package: each package's prelude declares its own globals.
/** @type {Map<string, ts.Diagnostic[]>} */
const byFile = new Map();
let previous = declarations;
for (const packageDir of new Set(examples.map((e) => e.packageDir))) {
  const files = examples.filter((e) => e.packageDir === packageDir).map((e) => e.file);
  // Copied beside the examples, so the modules a prelude names resolve from the package (its rxjs, …).
  const preludes = preludeFiles(packageDir).map((file) => {
    const copy = join(root, packageDir, outDirName, `prelude.${basename(file)}`);
    writeFileSync(copy, readFileSync(file, 'utf8'));
    return copy;
  });
  const program = ts.createProgram([...preludes, ...files], options, undefined, previous);
  previous = program;
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const key = diagnostic.file?.fileName ?? '(program)';
    byFile.set(key, [...(byFile.get(key) ?? []), diagnostic]);
  }
}

const host = {
  getCanonicalFileName: (/** @type {string} */ f) => f,
  getCurrentDirectory: () => root,
  getNewLine: () => '\n',
};
/** @type {Map<string, { passed: number; failed: number }>} */
const perEntry = new Map(checked.map((e) => [e.specifier, { passed: 0, failed: 0 }]));
/** @type {object[]} */
const failures = [];
for (const example of examples) {
  const diagnostics = byFile.get(example.file) ?? [];
  const counts = perEntry.get(example.entryPoint);
  if (!counts) continue;
  if (diagnostics.length === 0) {
    counts.passed++;
    continue;
  }
  counts.failed++;
  failures.push({
    ...example,
    file: relative(root, example.file),
    errors: diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' ')),
  });
  console.error(`\n✗ @example of ${example.exportName} (${example.entryPoint}, ${example.source})`);
  console.error(ts.formatDiagnostics(diagnostics, host).trimEnd());
}
const elsewhere = [...byFile].filter(([file]) => !examples.some((e) => e.file === file));
for (const [, diagnostics] of elsewhere) console.error(ts.formatDiagnostics(diagnostics, host).trimEnd());

let passedEntries = 0;
let failedEntries = 0;
for (const [specifier, { passed, failed }] of perEntry) {
  console.log(`${failed ? '✗' : '✓'} ${specifier}: ${passed} of ${passed + failed} examples compile`);
  if (failed || elsewhere.length) failedEntries++;
  else passedEntries++;
}
if (jsonFile) {
  mkdirSync(dirname(jsonFile), { recursive: true });
  writeFileSync(jsonFile, JSON.stringify({ passed: passedEntries, failed: failedEntries, failures }, null, 2));
}
console.log(
  `@example check: ${passedEntries} entry points passed, ${failedEntries} failed (${examples.length} examples)`,
);
process.exit(failedEntries ? 1 : 0);
