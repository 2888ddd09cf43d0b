/**
 * Scripts evaluated inside the page under test. They are strings, not functions: the test's own
 * transpiler may wrap functions in helpers (`__name`) that do not exist in the page.
 */

/** What the page's document looks like: enough to notice any element, attribute or text the extension adds or changes. */
export interface PageFingerprint {
  elements: number;
  /** One line per element: tag and attributes, in document order. */
  shape: string[];
  text: string;
  /** Elements carrying an open shadow root (an injected UI would be one). */
  shadowHosts: number;
}

export const FINGERPRINT_SCRIPT = `(() => {
  const elements = [...document.getElementsByTagName('*')];
  return {
    elements: elements.length,
    shape: elements.map((el) => [el.tagName, ...[...el.attributes].map((a) => a.name + '=' + a.value)].join(' ')),
    text: document.documentElement.textContent,
    shadowHosts: elements.filter((el) => el.shadowRoot).length,
  };
})()`;

/** The page's CSS highlights as the page's own scripts see them: name -> text of each range. */
export type PageHighlights = Record<string, string[]> | null;

export const HIGHLIGHTS_SCRIPT = `(() => {
  if (typeof CSS === 'undefined' || !CSS.highlights) return null;
  const found = {};
  CSS.highlights.forEach((highlight, name) => { found[name] = [...highlight].map((range) => range.toString()); });
  return found;
})()`;

export interface LongTask {
  startMs: number;
  durationMs: number;
}

export interface LongTaskSummary {
  count: number;
  longest: LongTask | null;
  totalMs: number;
}

const TASKS = '__backstoryE2eLongTasks';

/** Installed before any page script: records every long task (>50 ms) of the page's main thread. */
export const LONG_TASK_OBSERVER = `(() => {
  if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) return;
  const tasks = (window.${TASKS} = []);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ startMs: Math.round(entry.startTime), durationMs: Math.round(entry.duration) });
  }).observe({ type: 'longtask', buffered: true });
})()`;

export const LONG_TASK_SUMMARY = `(() => {
  const tasks = window.${TASKS};
  if (!tasks) return null;
  const longest = tasks.reduce((max, task) => (!max || task.durationMs > max.durationMs ? task : max), null);
  return { count: tasks.length, longest, totalMs: tasks.reduce((sum, task) => sum + task.durationMs, 0) };
})()`;
