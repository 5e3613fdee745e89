import { describe, expect, it } from 'vitest';
import { BatchOutputParser } from './BatchOutputParser.js';

const OID = 'f'.repeat(40);
const recorded = Buffer.concat([
  Buffer.from(`${OID} blob 13\nline 1\nline2\n\n`),
  Buffer.from(`${OID} missing\n`),
  Buffer.from(`${OID} blob 0\n\n`),
  Buffer.from(`${OID} blob 3\na\0b\n`),
]);

function parseInChunks(output: Buffer, size: number): (string | undefined)[] {
  const objects: (string | undefined)[] = [];
  const parser = new BatchOutputParser((contents) => objects.push(contents?.toString('latin1')));
  for (let at = 0; at < output.length; at += size) parser.push(output.subarray(at, at + size));
  return objects;
}

describe('BatchOutputParser', () => {
  it('splits objects in request order, missing ones as undefined', () => {
    expect(parseInChunks(recorded, recorded.length)).toEqual(['line 1\nline2\n', undefined, '', 'a\0b']);
  });

  it('gives the same objects whatever the chunking, down to one byte at a time', () => {
    for (const size of [1, 2, 7, 41, 64]) {
      expect(parseInChunks(recorded, size)).toEqual(['line 1\nline2\n', undefined, '', 'a\0b']);
    }
  });

  it('gives each found object the id git resolved its name to', () => {
    const oids: (string | undefined)[] = [];
    const parser = new BatchOutputParser((_contents, oid) => oids.push(oid));
    parser.push(recorded);
    expect(oids).toEqual([OID, undefined, OID, OID]);
  });
});
