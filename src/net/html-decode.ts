// Bytes → text for HTML read from a file, standard input or the network (the command line and the
// batch page). Chinese pages are often GBK/GB2312/GB18030 or Big5, so the encoding is taken, in this
// order, from a byte-order mark, the HTTP Content-Type charset, or a <meta> declaration near the top
// of the page; UTF-8 otherwise.

const META_SCAN_BYTES = 4096;

/** The charset parameter of a Content-Type header value, or null. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return match?.[1] ?? null;
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** <meta charset="gbk"> or <meta http-equiv="Content-Type" content="text/html; charset=gb2312">. */
function metaEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, META_SCAN_BYTES));
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1];
  }
  return null;
}

function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    const decoder = new TextDecoder(label.trim().toLowerCase());
    // A <meta> or header that claims UTF-16 on an ASCII-compatible page means UTF-8 (HTML spec).
    return decoder.encoding.startsWith('utf-16') ? new TextDecoder('utf-8') : decoder;
  } catch {
    return null;
  }
}

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes); // strips the BOM
  const decoder =
    decoderFor(charsetOf(contentType)) ?? decoderFor(metaEncoding(bytes)) ?? new TextDecoder('utf-8');
  return decoder.decode(bytes);
}
