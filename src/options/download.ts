// Saves text as a file through a Blob and <a download>: no network, no downloads permission.
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the Blob to the browser; free it once the save has started.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "givefirst-backup-2026-11-26.json" */
export function datedName(stem: string, extension: string, now = new Date()): string {
  return `givefirst-${stem}-${now.toISOString().slice(0, 10)}.${extension}`;
}
