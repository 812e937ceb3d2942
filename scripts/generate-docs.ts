/**
 * Writes the parts of docs/ that are read off the code, so they cannot drift from it:
 * - docs/ARCHITECTURE.md, between its `generated` markers: the dependency graph of the apps and
 *   libs (production imports), and each lib's public surface (what its index.ts exports);
 * - docs/INDICATORS.md: the indicator catalog.
 * `npm run docs:generate` rewrites them; `npm run docs:check` fails when the committed files differ.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';
import { INDICATOR_DEFINITIONS, IndicatorUnit } from '@app/indicators';

const ROOT = join(__dirname, '..');
const ARCHITECTURE = join(ROOT, 'docs', 'ARCHITECTURE.md');
const INDICATORS = join(ROOT, 'docs', 'INDICATORS.md');
const TEST_FILE = /\.(spec|int-spec|e2e-spec)\.ts$/;

const dirs = (path: string) =>
  readdirSync(join(ROOT, path), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !TEST_FILE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Which libs each app and lib imports in production code (lint keeps every such import at `@app/<lib>`). */
function dependencyGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const units = [...dirs('apps').filter((app) => app !== 'web').map((app) => `apps/${app}`), ...dirs('libs').map((lib) => `libs/${lib}`)];
  for (const unit of units) {
    const own = unit.startsWith('libs/') ? unit.slice(5) : null;
    const uses = new Set<string>();
    for (const file of sourceFiles(join(ROOT, unit))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/from '@app\/([a-z-]+)'/g)) if (match[1] !== own) uses.add(match[1]);
    }
    graph.set(unit, uses);
  }
  return graph;
}

/** Every lib and app uses libs/common; its edges are left out of the picture, which says so. */
function mermaidGraph(graph: Map<string, Set<string>>): string {
  const node = (unit: string) => unit.replace('/', '_');
  const label = (unit: string) => (unit.startsWith('apps/') ? `${node(unit)}[["${unit}"]]` : `${node(unit)}("${unit.slice(5)}")`);
  const lines = ['```mermaid', 'flowchart TD'];
  for (const unit of graph.keys()) lines.push(`  ${label(unit)}`);
  for (const [unit, uses] of graph) for (const lib of [...uses].sort()) if (lib !== 'common') lines.push(`  ${node(unit)} --> ${node(`libs/${lib}`)}`);
  lines.push('```');
  return lines.join('\n');
}

/** The names each lib's index.ts exports, by kind, read with the TypeScript checker. */
function publicSurfaces(): string {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error('cannot read tsconfig.json');
  const indexes = dirs('libs').map((lib) => join(ROOT, 'libs', lib, 'src', 'index.ts'));
  const program = ts.createProgram(indexes, config.options);
  const checker = program.getTypeChecker();
  const sections: string[] = [];
  for (const index of indexes) {
    const source = program.getSourceFile(index);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) continue;
    const byKind = new Map<string, string[]>();
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const kind = kindOf(symbol.flags);
      byKind.set(kind, [...(byKind.get(kind) ?? []), exported.name]);
    }
    const lib = relative(join(ROOT, 'libs'), index).split('/')[0];
    const lines = [...byKind].sort(([a], [b]) => KINDS.indexOf(a) - KINDS.indexOf(b)).map(([kind, names]) => `- ${kind}: ${names.sort().map((n) => `\`${n}\``).join(', ')}`);
    sections.push(`### @app/${lib}\n\n${lines.join('\n')}`);
  }
  return sections.join('\n\n');
}

const KINDS = ['modules and services (classes)', 'functions', 'constants', 'enums', 'types'];
function kindOf(flags: ts.SymbolFlags): string {
  if (flags & ts.SymbolFlags.Class) return KINDS[0];
  if (flags & ts.SymbolFlags.Function) return KINDS[1];
  if (flags & ts.SymbolFlags.Enum) return KINDS[3];
  if (flags & ts.SymbolFlags.Variable) return KINDS[2];
  return KINDS[4];
}

function replaceBetween(text: string, name: string, content: string): string {
  const start = `<!-- generated:${name} (npm run docs:generate) -->`;
  const end = `<!-- /generated:${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/ARCHITECTURE.md lacks the markers of ${name}`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

function indicatorsDoc(): string {
  const rows = INDICATOR_DEFINITIONS.map((d) =>
    [
      `\`${d.key}\``,
      `${d.nameZh}<br>${d.nameEn}`,
      d.numeratorZh,
      d.denominatorZh,
      d.unit === IndicatorUnit.RATIO ? 'rate' : 'count',
      d.direction === 'HIGHER_IS_BETTER' ? 'higher' : 'lower',
      String(d.defaultWeight),
    ].join(' | '),
  );
  return [
    '# Indicators (指标)',
    '',
    'Generated from the catalog (`libs/indicators/src/catalog/indicator-definitions.ts`) by `npm run docs:generate`; do not edit.',
    '',
    "Every indicator is a numerator and a denominator summed over a unit's sites, so a city's figure is always",
    "the sum of its counties' figures and a county's the sum of its sites'. A rate's value is numerator / denominator; with a",
    'zero denominator it has no value (not 0, not 100 %) and ranks last. A count (kind `count`) has no denominator:',
    'its value is the count itself (denominator 0 in live values, none in report rows). Claims that need evidence',
    "count only when recognised — the beneficiary population too, so the move-in rate counts a household's",
    'beneficiaries only when its approval form backs them. A facility counts only in use (投入使用), and only the',
    'kinds its indicator names. The composite score is the weighted mean of the rates, with these default weights',
    'unless a region administrator changes them (`setIndicatorWeight`). How the figures are checked: docs/NUMBERS.md.',
    '',
    '| key | name | numerator | denominator | kind | better | weight |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
    '',
  ].join('\n');
}

function main(): void {
  const check = process.argv.includes('--check');
  let architecture = readFileSync(ARCHITECTURE, 'utf8');
  architecture = replaceBetween(architecture, 'lib-graph', mermaidGraph(dependencyGraph()));
  architecture = replaceBetween(architecture, 'public-surfaces', publicSurfaces());
  const outputs: Array<[string, string]> = [
    [ARCHITECTURE, architecture],
    [INDICATORS, indicatorsDoc()],
  ];
  const stale = outputs.filter(([file, text]) => {
    try {
      return readFileSync(file, 'utf8') !== text;
    } catch {
      return true;
    }
  });
  if (check) {
    if (stale.length > 0) {
      console.error(`${stale.map(([file]) => relative(ROOT, file)).join(', ')} differ from the code: run \`npm run docs:generate\` and commit.`);
      process.exit(1);
    }
    console.log('Generated docs are up to date.');
    return;
  }
  for (const [file, text] of stale) writeFileSync(file, text);
  console.log(stale.length > 0 ? `Wrote ${stale.map(([file]) => relative(ROOT, file)).join(', ')}` : 'Generated docs were already up to date.');
}

main();
