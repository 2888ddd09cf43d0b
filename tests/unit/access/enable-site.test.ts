import { describe, expect, it, vi } from 'vitest';
import { enableSite } from '../../../lib/access/enable-site';
import { pageSite } from '../../../lib/access/page-site';

const webSite = (url: string) => {
  const site = pageSite(url);
  if (site.kind !== 'web') throw new Error(`not a web page: ${url}`);
  return site;
};

describe('enableSite', () => {
  it('asks for the site before anything is awaited: the prompt needs the click', () => {
    const requestOrigins = vi.fn(async () => true);
    void enableSite(webSite('https://www.example.org/x'), { requestOrigins, switchOnListedSite: vi.fn() });
    // No microtask has run yet: the request was made in the same turn as the click.
    expect(requestOrigins).toHaveBeenCalledWith(['https://www.example.org/*']);
  });

  it('switches a listed site back on once granted', async () => {
    const switchOnListedSite = vi.fn(async () => undefined);
    await expect(enableSite(webSite('https://www.bbc.com/news'), { requestOrigins: async () => true, switchOnListedSite })).resolves.toBe(true);
    expect(switchOnListedSite).toHaveBeenCalledWith('bbc.com');
  });

  it('changes nothing when the reader refuses', async () => {
    const switchOnListedSite = vi.fn();
    await expect(enableSite(webSite('https://www.bbc.com/news'), { requestOrigins: async () => false, switchOnListedSite })).resolves.toBe(false);
    expect(switchOnListedSite).not.toHaveBeenCalled();
  });

  it('passes on a failed request', async () => {
    const requestOrigins = async () => {
      throw new Error('This function must be called during a user gesture');
    };
    await expect(enableSite(webSite('https://www.example.org/'), { requestOrigins, switchOnListedSite: vi.fn() })).rejects.toThrow(/user gesture/);
  });
});
