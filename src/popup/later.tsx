// What the popup shows beside the licence cards, loaded after the first render (use-later.ts) so
// the entry chunk carries only the header and the cards.
export { HostingSection } from './HostingSection.tsx';
export { ReadinessSection } from './ReadinessSection.tsx';
export { SameFiler } from './SameFiler.tsx';
export { Verdict } from './Verdict.tsx';
