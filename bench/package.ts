// `npm run bench:package`: packs and installs the package once, then measures the installed command
// line's start-up (bench/cli-start.ts) and a 10,000-URL list (bench/long-list.ts); prints both and
// writes bench/package-results.json with the machine's load. Each part also runs alone.

import { packAndInstall } from '../test/package/install.ts';
import { benchCliStart, printCliStart } from './cli-start.ts';
import { benchLongList, printLongList } from './long-list.ts';
import { measured, writeResults } from './package-results.ts';

const installed = packAndInstall();
console.log(
  `package: ${installed.pack.filename}, ${installed.pack.size} bytes packed, ${installed.pack.unpackedSize} unpacked, ${installed.pack.entryCount} files`,
);
try {
  const cliStart = await measured(() => benchCliStart(installed, 21));
  printCliStart(cliStart);
  const longList = await measured(() => benchLongList(installed));
  printLongList(longList);
  const { filename, size, unpackedSize, entryCount } = installed.pack;
  writeResults({ tarball: { filename, size, unpackedSize, entryCount }, cliStart, longList });
} finally {
  installed.remove();
}
