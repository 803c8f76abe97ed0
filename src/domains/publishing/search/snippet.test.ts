import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlight, snippet, wordsPattern } from './snippet.ts';

/** The snippet as first written: every position counted on the text split into characters. */
function snippetByCharacters(text: string, pattern: RegExp | null, length = 120): string {
  const chars = Array.from(text);
  let startChar = 0;
  if (pattern) {
    pattern.lastIndex = 0;
    const m = pattern.exec(text);
    if (m) startChar = Math.max(0, Array.from(text.slice(0, m.index)).length - Math.floor(length / 4));
    pattern.lastIndex = 0;
  }
  const piece = chars.slice(startChar, startChar + length).join('');
  return (startChar > 0 ? '…' : '') + highlight(piece, pattern) + (startChar + length < chars.length ? '…' : '');
}

describe('snippet', () => {
  it('shows about 120 characters from a little before the first match, escaped, words in <mark>, … where cut', () => {
    const body = `${'前'.repeat(100)}公开<b>${'后'.repeat(200)}`;
    const s = snippet(body, wordsPattern(['公开']));
    expect(s.startsWith(`…${'前'.repeat(30)}<mark>公开</mark>&lt;b&gt;`)).toBe(true);
    expect(s.endsWith('后…')).toBe(true);
    expect(snippet('短文', wordsPattern(['公开']))).toBe('短文');
    expect(snippet('短文', null)).toBe('短文');
  });

  it('counts characters beyond the BMP as one each, as before', () => {
    const body = `${'𠀀'.repeat(40)}公开${'𠀁'.repeat(150)}`;
    const pattern = wordsPattern(['公开']);
    expect(snippet(body, pattern)).toBe(snippetByCharacters(body, pattern));
    expect(snippet(body, pattern)).toContain(`…${'𠀀'.repeat(30)}<mark>公开</mark>`);
  });

  it('is the same as cutting the text split into characters, for any text, words and length', () => {
    const alphabet = fc.constantFrom('公', '开', '财', '政', 'a', 'A', 'Ａ', ' ', '<', '&', '𠀀', '。', '1');
    const text = fc.array(alphabet, { maxLength: 300 }).map((a) => a.join(''));
    const words = fc.array(fc.array(alphabet, { minLength: 1, maxLength: 3 }).map((a) => a.join('').replace(/\s/g, '')), { maxLength: 3 });
    fc.assert(
      fc.property(text, words, fc.integer({ min: 1, max: 150 }), (body, ws, length) => {
        const pattern = wordsPattern(ws.map((w) => w.normalize('NFKC').toLowerCase()));
        expect(snippet(body, pattern, length)).toBe(snippetByCharacters(body, pattern, length));
      }),
      { numRuns: 500 },
    );
  });
});
