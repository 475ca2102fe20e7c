// `npm run bench`: runs every benchmark in bench/ in turn (or only those named on the
// command line: `npm run bench -- typing`). Figures are printed, never asserted.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = join(import.meta.dirname, '../bench');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .filter((f) => !only.length || only.some((name) => f.startsWith(name)))
  .sort();

for (const file of files) {
  console.log(`\n== ${file} ==`);
  const bench = (await import(pathToFileURL(join(dir, file)).href)) as { run?: () => Promise<void> };
  if (bench.run) await bench.run();
}
