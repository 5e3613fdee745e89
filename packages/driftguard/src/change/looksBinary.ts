/** How far git looks for a NUL byte before calling contents binary. */
const SNIFF_LENGTH = 8000;

/** True when the contents look binary the way git decides it: a NUL byte in the first 8000 bytes. */
export function looksBinary(contents: Uint8Array): boolean {
  return contents.subarray(0, SNIFF_LENGTH).includes(0);
}
