export function buildAll(): Promise<void>;
export function manifestFor(browser: 'chrome' | 'firefox'): Promise<Record<string, unknown>>;
export function contentScriptSize(browser: 'chrome' | 'firefox'): Promise<number>;
