/**
 * The shape ARCHITECTURE.md asks for, checked on every lint: libs form a graph without cycles,
 * and one lib (or an app, test, script) reaches another only through its public index.
 * ESLint refuses `@app/<lib>/<path>` as written; this checks the resolved paths, so a relative
 * path out of a lib cannot slip past either.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles-between-libs',
      severity: 'error',
      comment:
        'A cycle through another lib makes the lib graph a tangle and the load order fragile. (Cycles inside one lib, such as two entities that name each other in their relations, stay allowed.)',
      from: { path: '^libs/([^/]+)/' },
      to: { circular: true, viaSomeNot: '^libs/$1/' },
    },
    {
      name: 'no-cycles-through-apps',
      severity: 'error',
      comment: 'An app is the top of the graph: nothing it imports may lead back to it.',
      from: { path: '^apps/' },
      to: { circular: true },
    },
    {
      name: 'libs-meet-at-their-index',
      severity: 'error',
      comment: "Another lib's files are private: import it as @app/<lib>, and export what it must share from its index.ts.",
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/([^/]+)/src/(?!index\\.ts$)', pathNot: '^libs/$1/' },
    },
    {
      name: 'apps-use-lib-indexes',
      severity: 'error',
      comment: "Apps, tests, scripts and benchmarks compose libs through their public index only.",
      from: { path: '^(apps|test|scripts|bench|migrations)/' },
      to: { path: '^libs/[^/]+/src/(?!index\\.ts$)' },
    },
    {
      name: 'libs-do-not-reach-into-apps',
      severity: 'error',
      comment: 'Libs are composed by apps, never the other way round.',
      from: { path: '^libs/' },
      to: { path: '^(apps|test|scripts|bench)/', pathNot: '^test/support/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.json'] },
  },
};
