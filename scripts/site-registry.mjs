// The site registry (src/sites/index.ts) as the build reads it, and the one file the build
// writes from it into the source: src/core/sites.ts, the built-in sites' ids. Core is pure and
// may not import the adapters (they know the DOM), so it gets their ids as that file; adding a
// site stays one adapter file and one registry line.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SITE_IDS_FILE = join(root, 'src/core/sites.ts');

let sites;

/** The registry's sites, bundled in memory once so a Node script can read the TypeScript. */
export function builtInSites() {
  sites ??= readRegistry();
  return sites;
}

async function readRegistry() {
  const { outputFiles } = await build({
    absWorkingDir: root,
    entryPoints: ['src/sites/index.ts'],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'warning',
  });
  const code = Buffer.from(outputFiles[0].contents).toString('base64');
  return (await import(`data:text/javascript;base64,${code}`)).BUILT_IN_SITES;
}

/** The text of src/core/sites.ts for these ids, in the registry's order. */
export function siteIdsSource(ids) {
  return `// The built-in sites' ids, for the settings' per-site switches and the message checks.
// Written by \`npm run build\` from the site registry (src/sites/index.ts): do not edit, add the
// site there. Core may not import the adapters, which know the DOM; tests/unit/sites.test.ts
// fails when this file and the registry disagree.
export const BUILT_IN_SITE_IDS = [${ids.map((id) => `'${id}'`).join(', ')}] as const;

export type SiteId = (typeof BUILT_IN_SITE_IDS)[number];
`;
}

/** Rewrites src/core/sites.ts when the registry's ids changed, before anything is bundled. */
export async function writeSiteIds() {
  const text = siteIdsSource((await builtInSites()).map((site) => site.id));
  if (readFileSync(SITE_IDS_FILE, 'utf8') !== text) writeFileSync(SITE_IDS_FILE, text);
}
