/**
 * Reading and driving the hover card, which lives in a closed shadow root the page cannot open:
 * found by the mention it is for, read through Chromium's accessibility tree (built from the
 * flattened tree, closed roots included).
 */
import type { CDPSession } from 'playwright-core';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The box of the first highlighted mention ending in `surname`, scrolled into view (a string: see probes.ts). */
export const mentionBoxScript = (surname: string) => `(() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(${JSON.stringify(surname)});
    if (at < 0 || !node.parentElement || node.parentElement.closest('h1, title, header, nav')) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + ${surname.length});
    node.parentElement.scrollIntoView({ block: 'center' });
    const rect = range.getBoundingClientRect();
    if (rect.width > 0) return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
  }
  return null;
})()`;

/** Every name in the page's accessibility tree, closed shadow roots included. */
export async function accessibleText(cdp: CDPSession): Promise<string> {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  return nodes.map((node) => String(node.name?.value ?? '')).join('\n');
}

/** The box of a button in the page's accessibility tree (closed shadow roots included), by its name; null when there is none. */
export async function accessibleButtonBox(cdp: CDPSession, name: string): Promise<Box | null> {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const button = nodes.find((node) => node.role?.value === 'button' && node.name?.value === name && node.backendDOMNodeId !== undefined);
  if (!button) return null;
  const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendDOMNodeId });
  const [left = 0, top = 0, , , right = 0, bottom = 0] = model.border;
  return { left, top, right, bottom };
}
