// Reads one input of the command line: a file, standard input ("-") or an http(s) URL.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readLimited } from '../net/read-limited.ts';
import { decodeHtml } from './decode.ts';
import { USER_AGENT } from './version.ts';

/** Pages larger than this are refused rather than parsed. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export interface HtmlSource {
  /** The argument as given. */
  input: string;
  html: string;
  /** Base URL of the document: the final URL after redirects, a file: URL, or null for stdin. */
  url: string | null;
}

/** An input that could not be read; the message is meant for the user as it is. */
export class InputError extends Error {
  override name = 'InputError';
}

/** A page that answered with an HTTP error status; `retryAfter` is its Retry-After header. */
export class HttpStatusError extends InputError {
  override name = 'HttpStatusError';
  constructor(
    message: string,
    readonly status: number,
    readonly retryAfter: string | null,
  ) {
    super(message);
  }
}

export interface ReadOptions {
  timeoutMs: number;
  /** Directory relative file paths are read from (default: the process's working directory). */
  cwd?: string;
  /** Reads all of standard input; called at most once per process by the caller's cache. */
  readStdin: () => Promise<Uint8Array>;
  /** Told of an HTTP error answer before it is thrown, so the caller can retry a 429 or 503. */
  onHttpStatus?: (status: number, retryAfter: string | null) => void;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

export async function readInput(input: string, options: ReadOptions): Promise<HtmlSource> {
  if (input === '-') {
    const bytes = await options.readStdin();
    return { input, html: decodeHtml(bytes), url: null };
  }
  if (isUrl(input)) {
    try {
      return await fetchPage(input, options.timeoutMs);
    } catch (error) {
      if (error instanceof HttpStatusError) options.onHttpStatus?.(error.status, error.retryAfter);
      throw error;
    }
  }
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(input)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'file')
    throw new InputError(`${input}: unsupported URL scheme ${scheme}: (use http, https or a file)`);
  const path = /^file:/i.test(input) ? fileURLToPath(input) : resolve(options.cwd ?? '.', input);
  return { input, html: await readHtmlFile(path, input), url: pathToFileURL(path).href };
}

async function readHtmlFile(path: string, shown: string): Promise<string> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(`${shown} is a directory`);
    if (info.size > MAX_INPUT_BYTES) throw new InputError(`${shown} is larger than ${MAX_INPUT_BYTES} bytes`);
    return decodeHtml(await readFile(path));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${shown}: ${describeFsError(error)}`);
  }
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}

async function fetchPage(input: string, timeoutMs: number): Promise<HtmlSource> {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new InputError(`${input} is not a valid URL`);
  }
  let response: Response;
  try {
    response = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
        'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5',
        'user-agent': USER_AGENT,
      },
    });
  } catch (error) {
    throw new InputError(`cannot fetch ${input}: ${describeFetchError(error, timeoutMs)}`);
  }
  const finalUrl = response.url || url.href;
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    const where = finalUrl !== url.href ? ` (after redirect to ${finalUrl})` : '';
    throw new HttpStatusError(
      `cannot fetch ${input}: HTTP ${response.status} ${response.statusText}${where}`.trim(),
      response.status,
      response.headers.get('retry-after'),
    );
  }
  const contentType = response.headers.get('content-type');
  const mime = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mime && !HTML_TYPES.has(mime)) {
    await response.body?.cancel().catch(() => {});
    throw new InputError(`${input} is not an HTML page (content type ${mime})`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readBody(response, MAX_INPUT_BYTES);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`${input}: ${error.message}`);
    throw new InputError(`cannot fetch ${input}: ${describeFetchError(error, timeoutMs)}`);
  }
  if (!mime && !looksLikeHtml(bytes)) throw new InputError(`${input} is not an HTML page (no content type)`);
  return { input, html: decodeHtml(bytes, contentType), url: finalUrl };
}

async function readBody(response: Response, limit: number): Promise<Uint8Array> {
  const bytes = await readLimited(response.body, limit);
  if (!bytes) throw new InputError(`page is larger than ${limit} bytes`);
  return bytes;
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  return head.startsWith('<') && /<(!doctype html|html|head|body|meta|title|div|p|a)\b/.test(head);
}

function describeFetchError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `timed out after ${timeoutMs / 1000} s`;
  }
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  if (cause?.code === 'ECONNREFUSED') return 'connection refused';
  if (cause?.code === 'ENOTFOUND') return 'host not found';
  if (cause?.code) return `${cause.code}${cause.message ? ` (${cause.message})` : ''}`;
  if (cause?.message) return cause.message;
  return error instanceof Error ? error.message : String(error);
}
