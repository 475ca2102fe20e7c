// The labelled drafts the model is trained and measured on: every .jsonl file under tests/data,
// each written separately (so leaving one file out is a fair test), and their combined hash,
// which the generated weights record so a test can tell they were trained on this data.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KINDS, type Context, type Kind } from '../../src/core/types.ts';

export interface Row {
  id: string;
  text: string;
  label: Kind;
  site?: string;
  context?: Context;
  lang?: string;
  /** tests/probe/ only: what kind of text it stands for ("tweets", "youtube-spam", ...). */
  group?: string;
  /** The file it came from, relative to tests/data (the unit left out in leave-one-file-out). */
  file: string;
}

export const DATA_DIR = fileURLToPath(new URL('../../tests/data/', import.meta.url));

function jsonlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...jsonlFiles(path));
    else if (name.endsWith('.jsonl')) out.push(path);
  }
  return out;
}

export function loadRows(dir = DATA_DIR): Row[] {
  const rows: Row[] = [];
  for (const path of jsonlFiles(dir)) {
    const file = relative(dir, path);
    readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      const row = JSON.parse(line) as Omit<Row, 'file'>;
      if (typeof row.text !== 'string' || !KINDS.includes(row.label)) throw new Error(`${file}:${i + 1}: needs "text" and a known "label"`);
      rows.push({ ...row, file });
    });
  }
  return rows;
}

/** SHA-256 over every data file's path and bytes, in path order. */
export function dataHash(dir = DATA_DIR): string {
  const hash = createHash('sha256');
  for (const path of jsonlFiles(dir)) {
    hash.update(relative(dir, path) + '\n');
    hash.update(readFileSync(path));
  }
  return hash.digest('hex');
}
