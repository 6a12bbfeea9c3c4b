// Checks package.json's contributions against the code and against what the
// Marketplace and vsce expect.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPE_ORDER } from '../src/entityTypes';
import { WORD_WRAP_DEFAULT } from '../src/landing';
import { DEFAULT_SETTINGS } from '../src/settings';

const root = path.resolve(__dirname, '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const contributes = manifest.contributes;
const sources = readdirSync(path.join(root, 'src')).map((f) => ({ file: f, text: readFileSync(path.join(root, 'src', f), 'utf8') }));

interface Setting {
  default?: unknown;
  description?: string;
  markdownDescription?: string;
  scope?: string;
}
const settings = Object.entries(contributes.configuration.properties as Record<string, Setting>);

/** The standard semantic token types that themes colour (VS Code's built-in list). */
const STANDARD_TOKEN_TYPES = [
  'namespace', 'class', 'enum', 'interface', 'struct', 'typeParameter', 'type', 'parameter', 'variable', 'property',
  'enumMember', 'decorator', 'event', 'function', 'method', 'macro', 'label', 'comment', 'string', 'keyword', 'number',
  'regexp', 'operator',
];

describe('package.json', () => {
  it('identifies the extension for the Marketplace', () => {
    expect(manifest).toMatchObject({
      name: 'dossier',
      displayName: 'Dossier',
      publisher: 'dossier',
      version: '0.1.0',
      license: 'MIT',
      main: './dist/extension.js',
      engines: { vscode: '^1.91.0' },
    });
    expect(manifest.repository.url).toBe('https://github.com/dossier-dev/dossier');
    expect(existsSync(path.join(root, manifest.icon))).toBe(true);
    expect(manifest.icon).toMatch(/\.png$/);
    expect(manifest.keywords.length).toBeLessThanOrEqual(30); // the Marketplace limit
  });

  it('declares @types/vscode no newer than engines.vscode (vsce refuses to package otherwise)', () => {
    const types = /(\d+)\.(\d+)/.exec(manifest.devDependencies['@types/vscode'])!;
    const engine = /(\d+)\.(\d+)/.exec(manifest.engines.vscode)!;
    expect(Number(types[1]) * 1000 + Number(types[2])).toBeLessThanOrEqual(Number(engine[1]) * 1000 + Number(engine[2]));
  });

  it('ignores an untrusted workspace\'s own database setting', () => {
    expect(manifest.capabilities.untrustedWorkspaces).toMatchObject({ supported: 'limited', restrictedConfigurations: ['dossier.index.database'] });
  });

  it('activates on Markdown and in workspaces with a corpus', () => {
    expect(manifest.activationEvents).toContain('onLanguage:markdown');
    for (const folder of ['seeds', 'corpus', 'articles']) {
      expect(manifest.activationEvents).toContain(`workspaceContains:**/${folder}/**`);
    }
    expect(manifest.activationEvents).toContain('workspaceContains:dossier.yaml');
  });

  it.each(settings)('setting %s is documented, has a default and a scope', (key, setting) => {
    expect(key.startsWith('dossier.')).toBe(true);
    expect(setting.markdownDescription ?? setting.description).toBeTruthy();
    expect(setting).toHaveProperty('default');
    expect(['application', 'machine', 'window', 'resource', 'language-overridable', 'machine-overridable']).toContain(setting.scope);
  });

  it('has the settings the brief lists, with the defaults the code uses', () => {
    const defaults = Object.fromEntries(settings.map(([key, s]) => [key, s.default]));
    expect(defaults).toEqual({
      'dossier.corpus.paths': DEFAULT_SETTINGS.corpus.paths,
      'dossier.corpus.exclude': DEFAULT_SETTINGS.corpus.exclude,
      'dossier.corpus.maxFileBytes': DEFAULT_SETTINGS.corpus.maxFileBytes,
      'dossier.corpus.wordWrap': WORD_WRAP_DEFAULT,
      'dossier.hover.snippets': DEFAULT_SETTINGS.hover.snippets,
      'dossier.diagnostics.spellingVariants': DEFAULT_SETTINGS.diagnostics.spellingVariants,
      'dossier.diagnostics.quotes': DEFAULT_SETTINGS.diagnostics.quotes,
      'dossier.codeLens.enabled': DEFAULT_SETTINGS.codeLens.enabled,
      'dossier.codeLens.maxNoteLines': DEFAULT_SETTINGS.codeLens.maxNoteLines,
      'dossier.index.database': DEFAULT_SETTINGS.index.database,
      'dossier.trace.server': 'off',
    });
    expect(contributes.configuration.properties['dossier.hover.snippets']).toMatchObject({ minimum: 0, maximum: 10 });
    expect(contributes.configuration.properties['dossier.trace.server'].enum).toEqual(['off', 'messages', 'verbose']);
  });

  it('puts every command in the "Dossier" category', () => {
    for (const command of contributes.commands) {
      expect(command.category, command.command).toBe('Dossier');
      expect(command.title, command.command).toBeTruthy();
      expect(command.command.startsWith('dossier.')).toBe(true);
    }
    const titles = Object.fromEntries(contributes.commands.map((c: { command: string; title: string }) => [c.command, c.title]));
    expect(titles).toMatchObject({
      'dossier.reindex': 'Re-index Corpus',
      'dossier.showEntity': 'Show Entity…',
      'dossier.openSource': 'Open Source of Entity Under Cursor',
      'dossier.copyCitation': 'Copy Citation',
    });
  });

  it('registers every contributed command in the code, and contributes every registered one', () => {
    const code = sources.map((s) => s.text).join('\n');
    const contributed: string[] = contributes.commands.map((c: { command: string }) => c.command);
    for (const id of contributed) expect(code, id).toContain(`'${id}'`);
    const registered = [...code.matchAll(/command\('(dossier\.[\w.]+)'/g)].map((m) => m[1]);
    for (const id of registered) expect(contributed).toContain(id);
  });

  it('refers in menus only to contributed commands', () => {
    const contributed = new Set(contributes.commands.map((c: { command: string }) => c.command));
    for (const [menu, items] of Object.entries(contributes.menus as Record<string, { command: string }[]>)) {
      for (const item of items) expect(contributed.has(item.command), `${menu}: ${item.command}`).toBe(true);
    }
  });

  it('adds the Entities view to the Explorer, with a welcome text and title buttons', () => {
    expect(contributes.views.explorer).toContainEqual(expect.objectContaining({ id: 'dossier.entities', name: 'Entities' }));
    expect(contributes.viewsWelcome).toContainEqual(expect.objectContaining({ view: 'dossier.entities' }));
    const titleCommands = contributes.menus['view/title'].map((m: { command: string }) => m.command);
    expect(titleCommands).toEqual(expect.arrayContaining(['dossier.entities.refresh', 'dossier.entities.filter', 'dossier.entities.clearFilter']));
  });

  it('contributes one semantic token type per entity type, each extending a standard type', () => {
    const types = contributes.semanticTokenTypes as { id: string; superType: string; description: string }[];
    expect(types.map((t) => t.id)).toEqual(ENTITY_TYPE_ORDER);
    for (const t of types) {
      expect(STANDARD_TOKEN_TYPES, t.id).toContain(t.superType);
      expect(t.description).toBeTruthy();
    }
    expect(contributes.semanticTokenModifiers).toEqual([expect.objectContaining({ id: 'ambiguous' })]);
  });

  it('has the scripts the repository relies on', () => {
    expect(manifest.scripts).toMatchObject({
      build: 'node esbuild.mjs',
      typecheck: expect.any(String),
      lint: 'eslint src test && madge --circular --no-spinner --extensions ts --ts-config tsconfig.json src',
      test: 'vitest run',
      package: expect.stringContaining('vsce package --no-dependencies'),
      'test:e2e': expect.stringContaining('e2e/vitest.config.mts'),
      'demo:vscode': expect.any(String),
      'e2e:setup': 'bash ../../scripts/e2e/setup.sh',
    });
  });
});

describe('source layout', () => {
  // These modules hold the logic the unit tests cover; they must load without VS Code.
  const VS_CODE_FREE = ['cardDocument.ts', 'citation.ts', 'clientOptions.ts', 'entityPicks.ts', 'entityTree.ts', 'entityTypes.ts', 'landing.ts', 'markdownSafety.ts', 'settings.ts', 'statusText.ts', 'text.ts'];
  it.each(VS_CODE_FREE)('%s imports nothing from vscode at run time', (file) => {
    const text = sources.find((s) => s.file === file)!.text;
    expect(text).not.toMatch(/^import (?!type )[^;]*from 'vscode(-languageclient[^']*)?'/m);
  });

  it('never marks Markdown as trusted', () => {
    for (const { file, text } of sources) {
      expect(text, file).not.toMatch(/isTrusted\s*[:=]\s*true|supportHtml\s*[:=]\s*true|enabledCommands/);
    }
  });
});

describe('README.md (the Marketplace page)', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

  it('documents every setting and every palette command', () => {
    for (const [key] of settings) expect(readme, key).toContain(`\`${key}\``);
    const hidden = new Set(
      (contributes.menus.commandPalette as { command: string; when: string }[]).filter((m) => m.when === 'false').map((m) => m.command),
    );
    for (const command of contributes.commands as { command: string; title: string }[]) {
      if (!hidden.has(command.command)) expect(readme, command.command).toContain(command.title);
    }
  });

  it('refers only to images that exist', () => {
    for (const [, image] of readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) {
      expect(existsSync(path.join(root, image!)), image).toBe(true);
    }
  });
});
