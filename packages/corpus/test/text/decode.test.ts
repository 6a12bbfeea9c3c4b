import { describe, expect, it } from 'vitest';
import { decodeFileBytes } from '../../src/text/decode.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeFileBytes', () => {
  it('drops a UTF-8 byte-order mark, as editors do', () => {
    const result = decodeFileBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Kim')]));
    expect(result).toEqual({ kind: 'text', text: 'Kim', warnings: [] });
  });

  it('replaces invalid bytes with U+FFFD and says how many', () => {
    const result = decodeFileBytes(new Uint8Array([...utf8('Kim '), 0xff, 0xfe, ...utf8(' Jong')]));
    expect(result.kind).toBe('text');
    if (result.kind !== 'text') return;
    expect(result.text).toBe('Kim \uFFFD\uFFFD Jong');
    expect(result.warnings).toEqual(['invalid UTF-8: 2 sequence(s) replaced with U+FFFD']);
  });

  it('refuses binary content', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i % 3 === 0 ? 0 : i % 251));
    const result = decodeFileBytes(bytes);
    expect(result.kind).toBe('binary');
  });

  it('repairs a stray NUL without moving later positions', () => {
    const result = decodeFileBytes(utf8('Kim\u0000 Jong Un said'));
    expect(result).toEqual({ kind: 'text', text: 'Kim  Jong Un said', warnings: ['1 NUL character(s) replaced with spaces'] });
  });

  it('reads an empty file as empty text', () => {
    expect(decodeFileBytes(new Uint8Array())).toEqual({ kind: 'text', text: '', warnings: [] });
  });
});
