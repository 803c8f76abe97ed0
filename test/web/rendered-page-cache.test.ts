import { describe, expect, it } from 'vitest';
import { renderedPageCache } from '../../src/web/portal/rendered-page-cache.ts';
import { movableClock } from './support/server.ts';

describe('the portal home cache', () => {
  it('asks for the fingerprint at most once a second and renders again only when it changed', async () => {
    const clock = movableClock();
    let fingerprint = 'a';
    let asked = 0;
    let rendered = 0;
    const cache = renderedPageCache(async () => (asked++, fingerprint), clock);
    const render = async () => `page ${fingerprint} ${++rendered}`;
    expect(String((await cache.get('standard', render)).body)).toBe('page a 1');
    fingerprint = 'b';
    expect(String((await cache.get('standard', render)).body)).toBe('page a 1');
    expect(asked).toBe(1);
    clock.advance(1000);
    expect(String((await cache.get('standard', render)).body)).toBe('page b 2');
    expect(asked).toBe(2);
    expect(String((await cache.get('large', render)).body)).toBe('page b 3');
    expect(String((await cache.get('large', render)).body)).toBe('page b 3');
    expect(rendered).toBe(3);
  });
});
