import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * The modules a TypeScript module loads when it runs: its static imports and re-exports, followed
 * through relative paths (`.js` specifiers are the `.ts` sources), and the bare specifiers it
 * names (packages), not followed unless `packages` maps them to a source file. `import type` and
 * `export type` load nothing; `import { type X }` does load its module (verbatimModuleSyntax keeps
 * it), and dynamic `import()` is not followed: that is the point of using one.
 */
export function staticImportGraph(entry: string, packages: Record<string, string> = {}): { files: Set<string>; bare: Set<string> } {
  const files = new Set<string>();
  const bare = new Set<string>();
  const pending = [resolve(entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    if (!file.endsWith('.ts')) continue;
    for (const specifier of staticSpecifiers(readFileSync(file, 'utf8'))) {
      const mapped = packages[specifier];
      if (mapped) pending.push(resolve(mapped));
      else if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else bare.add(specifier);
    }
  }
  return { files, bare };
}

/** The specifiers of a module's static import and export-from statements that load something. */
export function staticSpecifiers(source: string): string[] {
  const found: string[] = [];
  // A statement from its keyword to its specifier (`[^;]` spans the lines of a long import list).
  const statement = /^(import|export)\s+(type\s+)?([^;'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  for (const match of source.matchAll(statement)) {
    if (match[2]) continue;
    if (match[1] === 'export' && !match[3]) continue;
    found.push(match[4]!);
  }
  return found;
}
