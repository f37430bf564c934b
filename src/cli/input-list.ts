// `--input FILE`: a list of inputs, one per line. People paste domains as often as URLs, so a line
// that is a bare host name (example.cn, www.example.com.cn) means its home page over https.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BARE_HOST } from '../net/url-list.ts';
import { InputError } from './input.ts';

/** One line of an input list as an input: bare hosts become https URLs, the rest stays as written. */
export function inputFromLine(line: string): string | null {
  const text = line.trim();
  if (!text || text.startsWith('#')) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || text === '-') return text;
  // A path on disk (./page.html, /tmp/a.htm, pages/x.html) stays a file.
  if (/^[./~]/.test(text) || /\.html?$/i.test(text) || text.includes('\\')) return text;
  return BARE_HOST.test(text) ? `https://${text}` : text;
}

export function parseInputList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map(inputFromLine)
    .filter((input): input is string => input !== null);
}

export async function readInputList(path: string, cwd: string): Promise<string[]> {
  try {
    return parseInputList(await readFile(resolve(cwd, path), 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(`cannot read the input list ${path}: ${reason}`);
  }
}
