// Preloaded into the command line by bench/long-list.ts (`node --import`): host names under `.test`
// (a reserved top-level domain) resolve to 127.0.0.1, IP literals and localhost resolve as usual, and
// any other name fails as not found, so a benchmark of many sites reaches only the local server.
// With ICP_LENS_MAX_RSS_FILE set, the peak resident memory (KB) is written there on exit.
import dns from 'node:dns';
import { writeFileSync } from 'node:fs';

const lookup = dns.lookup;
dns.lookup = function loopbackLookup(host, options, callback) {
  const cb = typeof options === 'function' ? options : callback;
  const opts =
    typeof options === 'function' ? {} : typeof options === 'number' ? { family: options } : options;
  if (host === 'localhost' || /^[\d.]+$/.test(host)) return lookup.call(dns, host, options, callback);
  if (/\.test$/i.test(host)) {
    if (opts?.all) return process.nextTick(cb, null, [{ address: '127.0.0.1', family: 4 }]);
    return process.nextTick(cb, null, '127.0.0.1', 4);
  }
  const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${host} (benchmark: only *.test)`), {
    code: 'ENOTFOUND',
    hostname: host,
  });
  return process.nextTick(cb, error);
};

const rssFile = process.env.ICP_LENS_MAX_RSS_FILE;
if (rssFile) process.on('exit', () => writeFileSync(rssFile, String(process.resourceUsage().maxRSS)));
