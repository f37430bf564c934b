// The tool's version (package.json's) and the User-Agent it fetches pages with, so a site operator
// can tell what is asking and which release.
import pkg from '../../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
export const USER_AGENT = `icp-lens/${VERSION} (command line)`;
