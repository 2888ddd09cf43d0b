// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadJson } from '../../../entrypoints/options/download';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('downloadJson', () => {
  it('clicks a download link to an object URL holding the JSON, leaves no link behind, and frees the URL later', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    const revoked: string[] = [];
    vi.stubGlobal('URL', Object.assign(class extends URL {}, {
      createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:backstory/1'),
      revokeObjectURL: (url: string) => void revoked.push(url),
    }));
    const clicked: { href: string; download: string }[] = [];
    document.addEventListener('click', (event) => {
      const link = event.target as HTMLAnchorElement;
      clicked.push({ href: link.getAttribute('href') ?? '', download: link.download });
      event.preventDefault();
    });

    downloadJson({ articles: [{ title: 'Envoys meet' }] }, 'backstory-history-2024-03-12.json');

    expect(clicked).toEqual([{ href: 'blob:backstory/1', download: 'backstory-history-2024-03-12.json' }]);
    expect(document.querySelectorAll('a')).toHaveLength(0);
    expect(blobs[0]?.type).toBe('application/json');
    expect(JSON.parse(await blobs[0]!.text())).toEqual({ articles: [{ title: 'Envoys meet' }] });
    expect(revoked).toEqual([]);
    vi.advanceTimersByTime(60_000);
    expect(revoked).toEqual(['blob:backstory/1']);
  });
});
