import { describe, expect, it } from 'vitest';
import { isListedNewsSite } from '../../../lib/sites';

describe('isListedNewsSite', () => {
  it('accepts https on a listed domain or its subdomains only', () => {
    expect(isListedNewsSite('https://www.themoscowtimes.com/2013/04/14/x')).toBe(true);
    expect(isListedNewsSite('https://bbc.co.uk/news')).toBe(true);
    expect(isListedNewsSite('http://www.bbc.co.uk/news')).toBe(false);
    expect(isListedNewsSite('https://notbbc.co.uk/news')).toBe(false);
    expect(isListedNewsSite('https://bbc.co.uk.evil.example/')).toBe(false);
    expect(isListedNewsSite('not a url')).toBe(false);
  });
});
