// The storage.session key of a tab's registry verdicts (registry-state.ts), apart from it so the
// popup can watch the key without loading the verdicts' schemas.
export const registryTabKey = (tabId: number) => `registry:${tabId}`;
