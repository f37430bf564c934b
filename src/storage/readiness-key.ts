// The storage.session key of a tab's readiness record (readiness-state.ts), apart from it so the
// popup can watch the key without loading the host list that the record's schema checks against.
export const readinessKey = (tabId: number) => `readiness:${tabId}`;
