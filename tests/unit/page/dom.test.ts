import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/dom';
import { fixtureHtml, PAGE_URL } from './fixtures';

describe('parseHtml (the command line DOM)', () => {
  it('never runs page scripts or inline handlers', () => {
    const document = parseHtml(fixtureHtml('hostile.html'), PAGE_URL);
    expect(document.title).toBe('Port authority names new director');
    expect((document.defaultView as unknown as { __pwned?: boolean }).__pwned).toBeUndefined();
    const paragraphs = [...document.querySelectorAll('p')].map((p) => p.textContent);
    expect(paragraphs).not.toContain('Injected by a script');
  });

  it('parses broken markup without throwing', () => {
    const document = parseHtml('<html><body><p>unclosed <div><style>p { color: red } }}}</style><table><p>x', PAGE_URL);
    expect(document.body.textContent).toContain('unclosed');
  });
});
