#!/usr/bin/env node
// Builds src/core/readiness/data/blocked-hosts.json, the list of third-party hosts that fail or are
// unreliable from mainland China, from the research snapshot kept beside it
// (src/core/readiness/data/source/china-blocked-hosts.json and its notes, .md). See the README there
// for provenance, date and licences.
//
// What it changes on the way (everything else is copied as it is):
//   - category "ai/other" becomes "other";
//   - each entry gets a short product name ("Google Fonts", "YouTube") for one-line verdicts,
//     derived from `service` with the overrides below;
//   - two Google hosts that serve several products are split by path (`paths`): www.google.com
//     serves reCAPTCHA under /recaptcha/ and map embeds under /maps, www.gstatic.com serves reCAPTCHA
//     under /recaptcha/; any other path keeps the entry's own category, which becomes "other";
//   - accounts.google.com is marked as the sign-in feature;
//   - entries are sorted by suffix, and the file carries its date, its sources and their licences.
//
// Usage: node scripts/build-blocked-hosts.mjs [source.json]. Plain Node, no dependencies; the output
// is the same for the same input.
// Categories and statuses are checked against the core's lists by
// test/unit/core/readiness-data.test.ts (this script cannot import TypeScript).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'src/core/readiness/data');
const sourcePath = process.argv[2] ?? join(dataDir, 'source/china-blocked-hosts.json');
const out = join(dataDir, 'blocked-hosts.json');

const SUFFIX =
  /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** Short names where the first words of `service` do not make one. */
const NAMES = {
  'themes.googleusercontent.com': 'Google Fonts',
  'analytics.google.com': 'Google Analytics',
  'googletagmanager.com': 'Google Tag Manager',
  'ads-twitter.com': 'X ads pixel',
  'adservice.google.com': 'Google Ads',
  'doubleclick.net': 'DoubleClick',
  'googleadservices.com': 'Google Ads',
  'googletagservices.com': 'Google Publisher Tag',
  'recaptcha.net': 'reCAPTCHA',
  'www.gstatic.com': 'Google static files',
  'ssl.gstatic.com': 'Google static files',
  'gstatic.com': 'Google static files',
  'gstatic.cn': 'Google static files (China)',
  'maps.google.cn': 'Google Maps (China)',
  'maps.googleapis.com': 'Google Maps',
  'maps.gstatic.com': 'Google Maps',
  'cdn.jwplayer.com': 'JW Player',
  'ggpht.com': 'YouTube',
  'googlevideo.com': 'YouTube',
  'youtu.be': 'YouTube',
  'youtube-nocookie.com': 'YouTube',
  'ytimg.com': 'YouTube',
  'dmcdn.net': 'Dailymotion',
  'vimeocdn.com': 'Vimeo',
  'cdninstagram.com': 'Instagram',
  'connect.facebook.net': 'Facebook SDK',
  'discordapp.com': 'Discord',
  'fbcdn.net': 'Facebook',
  'pinimg.com': 'Pinterest',
  'redditmedia.com': 'Reddit',
  'redditstatic.com': 'Reddit',
  'sndcdn.com': 'SoundCloud',
  'staticflickr.com': 'Flickr',
  't.co': 'X links',
  't.me': 'Telegram',
  'twimg.com': 'X (Twitter)',
  'twitter.com': 'X (Twitter)',
  'x.com': 'X (Twitter)',
  'freetls.fastly.net': 'Fastly shared hosts',
  'global.ssl.fastly.net': 'Fastly shared hosts',
  'wp.com': 'WordPress.com CDN',
  'bootcss.com': 'BootCDN',
  'fastly.jsdelivr.net': 'jsDelivr (Fastly)',
  'staticfile.net': 'Staticfile',
  'staticfile.org': 'Staticfile',
  'admincdn.com': 'adminCDN',
  'ajax.loli.net': 'Google Libraries mirror',
  'baomitu.com': '360 CDN',
  'zhimg.com': 'Zhihu CDN',
  'zstatic.net': 'Zstatic',
  'blogger.com': 'Blogger',
  'blogspot.com': 'Blogger',
  'docs.google.com': 'Google Docs',
  'drive.google.com': 'Google Drive',
  'dropboxusercontent.com': 'Dropbox',
  'githubusercontent.com': 'GitHub user content',
  'googleusercontent.com': 'Google user content',
  'onedrive.live.com': 'OneDrive',
  'storage.googleapis.com': 'Google Cloud Storage',
  'githubassets.com': 'GitHub',
  'accounts.google.com': 'Google sign-in',
  'apis.google.com': 'Google API loader',
  'cdn-images.mailchimp.com': 'Mailchimp forms',
  'cloudfunctions.net': 'Google Cloud Functions',
  'generativelanguage.googleapis.com': 'Google Gemini API',
  'googleapis.com': 'Google APIs',
  'translate.google.com': 'Google Translate',
  'translate.googleapis.com': 'Google Translate',
  'openai.com': 'OpenAI',
  'fonts.googleapis.cn': 'Google Fonts (China)',
  'fonts.gstatic.cn': 'Google Fonts (China)',
  'fonts.loli.net': 'Google Fonts mirror',
  'gravatar.loli.net': 'Gravatar mirror',
  'cdnjs.loli.net': 'cdnjs mirror',
  'api.map.baidu.com': 'Baidu Maps',
  'discord.com': 'Discord',
  'dropbox.com': 'Dropbox',
  'fast.wistia.com': 'Wistia',
  'geetest.com': 'GeeTest',
  'imgur.com': 'Imgur',
  'mega.nz': 'MEGA',
  'pages.dev': 'Cloudflare Pages',
  'scribd.com': 'Scribd',
  'soundcloud.com': 'SoundCloud',
  'telegram.org': 'Telegram',
  'tenor.com': 'Tenor',
  'whatsapp.com': 'WhatsApp',
};

/** Hosts that serve several products: the product by path prefix; the rest of the host is "other". */
const PATHS = {
  'www.google.com': {
    category: 'other',
    paths: [
      { prefix: '/recaptcha/', category: 'captcha', name: 'reCAPTCHA' },
      { prefix: '/maps', category: 'maps', name: 'Google Maps' },
    ],
  },
  'www.gstatic.com': {
    category: 'other',
    paths: [{ prefix: '/recaptcha/', category: 'captcha', name: 'reCAPTCHA' }],
  },
};

const FEATURES = { 'accounts.google.com': 'sign-in' };

function fail(message) {
  console.error(`build-blocked-hosts: ${message}`);
  process.exit(1);
}

function shortName(entry) {
  if (NAMES[entry.suffix]) return NAMES[entry.suffix];
  const head = entry.service.split(' (')[0].split(' / ')[0];
  return head.replace(/ (embeds|CDN|embeds \/ pixel|deployments|apps|API|comments)$/, '').trim();
}

const source = JSON.parse(readFileSync(sourcePath, 'utf8'));
if (!Array.isArray(source) || source.length === 0) fail('the source is not a non-empty array');
const seen = new Set();
const entries = source.map((raw, i) => {
  const where = `entry ${i} (${raw?.suffix})`;
  for (const key of ['suffix', 'service', 'category', 'status', 'evidence', 'alternative']) {
    if (typeof raw?.[key] !== 'string') fail(`${where}: ${key} is not a string`);
  }
  const suffix = raw.suffix.toLowerCase();
  if (!SUFFIX.test(suffix)) fail(`${where}: not a host suffix`);
  if (seen.has(suffix)) fail(`${where}: listed twice`);
  seen.add(suffix);
  const category = raw.category === 'ai/other' ? 'other' : raw.category;
  const split = PATHS[suffix];
  return {
    suffix,
    name: shortName({ ...raw, suffix }),
    service: raw.service,
    category: split?.category ?? category,
    status: raw.status,
    ...(FEATURES[suffix] ? { feature: FEATURES[suffix] } : {}),
    ...(split ? { paths: split.paths } : {}),
    alternative: raw.alternative,
    evidence: raw.evidence,
  };
});
for (const suffix of [...Object.keys(NAMES), ...Object.keys(PATHS), ...Object.keys(FEATURES)]) {
  if (!seen.has(suffix)) fail(`override for ${suffix}, which the source does not list`);
}
entries.sort((a, b) => (a.suffix < b.suffix ? -1 : a.suffix > b.suffix ? 1 : 0));

const data = {
  format: 1,
  title: 'Third-party hosts that fail or are unreliable from mainland China',
  date: '2026-08-19',
  note: 'A snapshot compiled from public sources; blocking varies by place, network and time. A host that matches no entry is unknown, not "works". The longest matching suffix wins.',
  sources: [
    {
      name: 'gfwlist/gfwlist',
      version: 'commit 7a82f9d836da4db33cbd49838b10df93bb65a893, list of 2026-08-06',
      licence: 'LGPL-2.1',
      use: 'blocking evidence: rules and whitelist exceptions, quoted briefly in evidence',
    },
    {
      name: 'v2fly/domain-list-community',
      version: 'commit c975ccef9c19f005a3bfa7a33255d1b406deea64 (2026-08-19)',
      licence: 'MIT, Copyright (c) 2018-2019 V2Ray',
      use: 'who owns a domain, mainland access points (@cn); never used as evidence of blocking',
    },
    {
      name: 'felixonmars/dnsmasq-china-list',
      version: 'commit 29de573c0f2814c616fc65c154c4cdce06ed7d5b (2026-08-02)',
      licence: 'WTFPL v2, (c) 2013 Felix Yan',
      use: 'hosts resolved to mainland or Google China servers',
    },
    {
      name: 'justjavac/ReplaceGoogleCDN',
      version: 'commit 6d66362e77a2e62a4ae7560be8e8b11deaa8b0a1 (2025-05-26)',
      licence: 'GPL-3.0; facts only, no code or rule files reused',
      use: 'which resources Chinese users rewrite, and to what',
    },
    {
      name: 'WenPai-org/wp-china-yes',
      version: 'commit 13d1d99487823e21d7ff3cbfa6d98520a44090ce (2026-02-15)',
      licence: 'GPL-3.0; facts only, no code reused',
      use: 'the hosts a WordPress plugin rewrites for mainland visitors, and their replacements',
    },
    {
      name: 'Issues, pull requests, vendor documentation and web pages',
      version: 'dated in each evidence string (2012 to 2026)',
      licence: 'copyright of their authors; cited by number and date, short phrases quoted',
      use: 'dated first-hand reachability reports and vendor statements',
    },
  ],
  entries,
};

writeFileSync(out, `${JSON.stringify(data, null, 2)}\n`);
const counts = {};
for (const e of entries) counts[e.status] = (counts[e.status] ?? 0) + 1;
console.log(
  `build-blocked-hosts: ${entries.length} entries (${Object.entries(counts)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ')}) from ${relative(root, sourcePath)} → ${relative(root, out)}`,
);
