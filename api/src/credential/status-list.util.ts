import { gunzipSync, gzipSync } from 'node:zlib';

/** W3C Bitstring Status List: at least 16 KB (131,072 entries) so a credential's index hides in the crowd. */
export const STATUS_LIST_SIZE = 131072;

/** gzip + base64url with the multibase prefix "u", as the Bitstring Status List spec wants. */
export function encodeStatusList(revokedIndexes: number[]): string {
  const bits = Buffer.alloc(STATUS_LIST_SIZE / 8);
  for (const i of revokedIndexes) {
    if (i < 0 || i >= STATUS_LIST_SIZE) throw new RangeError(`status index ${i} out of range`);
    // the first index is the left-most bit of the first byte
    bits[i >> 3] |= 0x80 >> (i & 7);
  }
  return 'u' + gzipSync(bits).toString('base64url');
}

export function isSetInStatusList(encodedList: string, index: number): boolean {
  if (!encodedList.startsWith('u')) throw new Error('encodedList must be multibase base64url (prefix "u")');
  const bits = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
  return (bits[index >> 3] & (0x80 >> (index & 7))) !== 0;
}
