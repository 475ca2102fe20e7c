// Builds dist/chrome and dist/firefox (and a zip of each) from one source manifest.
// Browser differences are decided here, at build time, not scattered through the code.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtInSites, writeSiteIds } from './site-registry.mjs';
import { zipDirectory } from './zip.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

const entries = {
  content: 'src/content/main.ts',
  background: 'src/background/main.ts',
  'popup/popup': 'popup/main.tsx',
  'options/options': 'src/options/main.tsx',
};

/**
 * The content scripts from the registry: the source manifest's one entry is the template, and
 * sites whose compose boxes live in embedded frames (Disqus) get a second entry for all frames.
 */
function contentScripts(template, sites) {
  const entry = (group, more) => ({ ...template, matches: group.flatMap((site) => site.matches), ...more });
  const framed = sites.filter((site) => site.allFrames);
  const scripts = [entry(sites.filter((site) => !site.allFrames))];
  if (framed.length) scripts.push(entry(framed, { all_frames: true }));
  return scripts;
}

/** The source manifest, shaped for one browser. */
export async function manifestFor(browser) {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  manifest.version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  manifest.content_scripts = contentScripts(manifest.content_scripts[0], await builtInSites());
  if (browser === 'chrome') {
    delete manifest.browser_specific_settings;
    manifest.background = { service_worker: 'background.js' };
  } else {
    // Firefox runs MV3 backgrounds as event pages, not service workers.
    manifest.background = { scripts: ['background.js'] };
    // Firefox has no per-session resource URLs; its moz-extension host is already per-install.
    for (const resource of manifest.web_accessible_resources ?? []) delete resource.use_dynamic_url;
  }
  return manifest;
}

/** How the content script, the background and the pages are bundled for one browser. */
function scriptOptions(browser) {
  return {
    absWorkingDir: root,
    entryPoints: entries,
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    legalComments: 'none',
    define: { __BROWSER__: JSON.stringify(browser), 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  };
}

/** The minified content script's size in bytes, built in memory (its budget is a unit test). */
export async function contentScriptSize(browser) {
  const { outputFiles } = await build({ ...scriptOptions(browser), entryPoints: { content: entries.content }, outdir: 'out', write: false });
  return outputFiles[0].contents.length;
}

async function buildFor(browser) {
  const out = join(dist, browser);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build({ ...scriptOptions(browser), outdir: out });
  // The analysis and the hint load on demand from the content script (src/content/analysis-loader.ts).
  await build({
    absWorkingDir: root,
    entryPoints: { analysis: 'src/content/on-demand.ts' },
    outdir: out,
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['chrome120', 'firefox128'],
    legalComments: 'none',
    define: { __BROWSER__: JSON.stringify(browser) },
    logLevel: 'warning',
  });
  cpSync(join(root, 'popup/index.html'), join(out, 'popup/index.html'));
  cpSync(join(root, 'popup/popup.css'), join(out, 'popup/popup.css'));
  cpSync(join(root, 'src/options/index.html'), join(out, 'options/index.html'));
  cpSync(join(root, 'src/options/options.css'), join(out, 'options/options.css'));
  cpSync(join(root, 'icons'), join(out, 'icons'), { recursive: true, filter: (p) => !p.endsWith('.svg') });
  cpSync(join(root, '_locales'), join(out, '_locales'), { recursive: true });
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(await manifestFor(browser), null, 2));
  zipDirectory(out, join(dist, `givefirst-${browser}.zip`));
}

export async function buildAll() {
  // The bundles below read the site ids, so they are written first.
  await writeSiteIds();
  await Promise.all(['chrome', 'firefox'].map(buildFor));
  const fixtures = join(root, 'scripts/build-fixtures.mjs');
  if (existsSync(fixtures)) await (await import(fixtures)).buildFixtures(join(dist, 'fixtures'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildAll();
  console.log('Built dist/chrome, dist/firefox and their zips.');
}
