// Builds the test fixture pages (tests/fixtures/src/<name>.ts(x)) into self-contained HTML files:
// dist/fixtures/<name>.html with the bundled script inlined (one routed response serves a page),
// plus dist/fixtures/<name>.js for reading. The pages imitate the compose DOM of the sites GiveFirst
// supports, using the real editor libraries (draft-js, lexical, quill, tiptap).
//   node scripts/build-fixtures.mjs [outDir]      (default dist/fixtures)
//   import { buildFixtures } from './build-fixtures.mjs'; await buildFixtures('dist/fixtures');
import { build } from 'esbuild';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = path.join(root, 'tests/fixtures/src');

/** Page titles and per-page stylesheets from the editor packages. */
const PAGES = {
  x: { title: 'Home / X', css: ['draft-js/dist/Draft.css'] },
  'x-reply': { title: 'Sam Codes on X: "What is one debugging habit…" / X', css: ['draft-js/dist/Draft.css'] },
  linkedin: { title: 'Feed | LinkedIn', css: ['quill/dist/quill.core.css'] },
  facebook: { title: 'Facebook' },
  instagram: { title: 'Instagram' },
  threads: { title: 'Threads' },
  reddit: { title: 'title : r/webdev' },
  oldreddit: { title: 'title : webdev' },
  mastodon: { title: 'Mastodon' },
  bluesky: { title: 'Home — Bluesky' },
  youtube: { title: 'A video - YouTube' },
  medium: { title: 'New story – Medium' },
  hackernews: { title: 'A story | Hacker News' },
  'disqus-blog': { title: 'A blog post' },
  'disqus-frame': { title: 'Disqus Comments' },
  discourse: { title: 'Topic - Example Forum' },
  'discourse-rich': { title: 'Another topic - Example Forum' },
  wordpress: { title: 'Hello world! – Example Blog' },
  phpbb: { title: 'Example Board - Post a reply' },
  demo: { title: 'GiveFirst demo' },
};

function escapeAttr(s) {
  return s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Makes a script safe to inline: no "</script" or "<!--" may appear in it. */
function inlineSafe(js) {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

export async function listFixtureEntries() {
  const files = await readdir(srcDir);
  return files
    .filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => ({ name: f.replace(/\.tsx?$/, ''), file: path.join(srcDir, f) }));
}

export async function buildFixtures(outDir = path.join(root, 'dist/fixtures')) {
  const out = path.resolve(root, outDir);
  await mkdir(out, { recursive: true });
  const entries = await listFixtureEntries();
  const built = [];
  await Promise.all(
    entries.map(async ({ name, file }) => {
      const result = await build({
        entryPoints: [file],
        bundle: true,
        format: 'iife',
        minify: false,
        write: false,
        target: 'chrome110',
        platform: 'browser',
        legalComments: 'none',
        logLevel: 'warning',
        define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
        absWorkingDir: root,
      });
      const js = result.outputFiles[0]?.text ?? '';
      const meta = PAGES[name] ?? { title: name };
      let styles = '';
      for (const css of meta.css ?? []) {
        const text = await readFile(path.join(root, 'node_modules', css), 'utf8');
        styles += `<style data-from="${escapeAttr(css)}">\n${text.replace(/<\/style/gi, '<\\/style')}\n</style>\n`;
      }
      const page =
        `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
        `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
        `<meta name="color-scheme" content="light dark">\n` +
        `<title>${escapeAttr(meta.title)}</title>\n${styles}</head>\n<body>\n` +
        `<script>\n${inlineSafe(js)}\n</script>\n</body>\n</html>\n`;
      await writeFile(path.join(out, `${name}.js`), js);
      await writeFile(path.join(out, `${name}.html`), page);
      built.push(name);
    }),
  );
  return built.sort();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDir = process.argv[2] ?? 'dist/fixtures';
  const started = Date.now();
  const names = await buildFixtures(outDir);
  console.log(`fixtures: ${names.length} pages in ${outDir} (${Date.now() - started} ms): ${names.join(', ')}`);
}
