/** Set by scripts/build.mjs: which browser this bundle is for. */
declare const __BROWSER__: 'chrome' | 'firefox';
