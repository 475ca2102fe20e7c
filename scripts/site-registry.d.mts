export const SITE_IDS_FILE: string;
export function builtInSites(): Promise<{ id: string; matches: string[]; allFrames?: boolean }[]>;
export function siteIdsSource(ids: string[]): string;
export function writeSiteIds(): Promise<void>;
