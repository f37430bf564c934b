// The page scan as the benchmark injects it into a page: the content script's own collector,
// exposed on window so the page can time it.
import { collectPage } from '../../src/dom/collect.ts';

Object.assign(globalThis, { collectPage });
