/**
 * ical-generator writes an event's `URL` with TEXT escaping (`;` → `\;`, `,` → `\,`), but URL
 * is a URI value (RFC 5545 §3.3.13), which has no escapes: calendar apps open
 * `https://meet.example/a\;b` and the link breaks. This writes those values back as they were
 * given, refolded at 75 octets. (A URL holding a line break stays escaped, so it cannot start a
 * property of its own.)
 */
export function unescapeUriValues(ics: string): string {
  return ics.replace(/^URL[;:][^\r\n]*(?:\r\n[ \t][^\r\n]*)*/gm, (folded) => {
    const line = folded.replace(/\r\n[ \t]/g, '');
    const colon = line.indexOf(':');
    const value = line.slice(colon + 1).replace(/\\([\\;,])/g, '$1');
    return fold(line.slice(0, colon + 1) + value);
  });
}

/** Lines of at most 75 octets, continuation lines starting with a space, never splitting a character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
