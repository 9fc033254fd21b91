/** A short content hash of the files a line was read from (FNV-1a, 32 bits, hex): the line's id in a link. */
export function contentHash(files: readonly { name: string; bytes: Uint8Array }[]): string {
  let h = 0x811c9dc5;
  for (const f of files) {
    const b = f.bytes;
    for (let i = 0; i < b.length; i++) {
      h ^= b[i]!;
      h = Math.imul(h, 0x01000193);
    }
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
