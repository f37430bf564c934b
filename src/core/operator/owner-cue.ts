// A cheap pre-filter for the page scan: could this text name the site's operator by a label or a
// copyright line (vocabulary.ts CUES), with no licence number beside it? Liberal, one linear-time
// alternation of words; the operator finder decides. Kept apart from vocabulary.ts so the content
// script carries these few words and not the finder's tables.
export const OWNER_CUE_RE =
  /©|◎|\(c\)|版[权權]|著作|copyright|rights reserved|[主承][办辦]|[运運经經]营|所有|站[长長]|博主|operated by|owned by/i;
