/** How long typing must pause before the draft is analysed (the hint follows at once). */
export const PAUSE_MS = 180;
