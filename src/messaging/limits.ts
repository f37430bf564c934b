// Bounds shared by the content script (which enforces them when it collects) and the background
// (whose schema rejects anything larger). Keeping them in one place keeps the two sides in step.
export const MAX_BLOCKS = 200;
export const MAX_BLOCK_CHARS = 2_000;
export const MAX_LINKS = 64;
/** Blocks of text read around the blocks for the operator finder (src/dom/operator-context.ts). */
export const MAX_CONTEXT_BLOCKS = 16;
export const MAX_HREF_CHARS = 1_000;
/** Registry links reported per block, and characters of link text kept for each. */
export const MAX_OFFICIAL_LINKS = 8;
export const MAX_OFFICIAL_CHARS = 300;
