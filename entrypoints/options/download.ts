/** Saves data as a file in the reader's downloads, from the page itself: no `downloads` permission needed. */
export function downloadJson(value: unknown, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  doc.body.append(link);
  link.click();
  link.remove();
  // Not at once: the download reads the object URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
