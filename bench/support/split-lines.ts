// The command-line twin's yardstick (bench/analyze.ts): reads the same JSON lines, lower-cases
// and splits each draft into words, and prints one line per draft, buffered like the twin.
import { createInterface } from 'node:readline';

let out = '';
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  const { text } = JSON.parse(line) as { text: string };
  out += `{"words":${text.toLowerCase().split(/\s+/).length}}\n`;
  if (out.length > 1 << 16) {
    process.stdout.write(out);
    out = '';
  }
}
process.stdout.write(out);
