/**
 * Which main-thread tasks of a page are the extension's, from a Chromium performance trace: the
 * Long Tasks API says how long a task took but not whose code ran in it, while the trace names the
 * script of every call. A task is the extension's when code from its origin ran inside it.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  /** Thread time (µs) of a complete event. */
  tdur?: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string; frame?: string; stackTrace?: { url?: string }[] } };
}

const CATEGORIES = ['blink.user_timing', 'toplevel', 'devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'].join(',');

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReturnAsStream' });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream ?? '')));
  await cdp.send('Tracing.end');
  const stream = await complete;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

const scriptUrlOf = (event: TraceEvent): string => event.args?.data?.url ?? event.args?.data?.scriptName ?? event.args?.data?.stackTrace?.[0]?.url ?? '';
const threadOf = (event: TraceEvent): string => `${event.pid}:${event.tid}`;

export interface ExtensionTask {
  /** Wall-clock length of the task. */
  wallMs: number;
  /** Time the thread actually ran it (shorter when the machine is busy with other work). */
  cpuMs: number;
}

/**
 * The top-level tasks of page main threads in which a content script of `extensionOrigin` ran
 * (content scripts run on the page's main thread; the extension's own pages run elsewhere),
 * longest first.
 */
export function contentScriptTasks(events: readonly TraceEvent[], extensionOrigin: string): ExtensionTask[] {
  const scriptPrefix = `${extensionOrigin}/content-scripts/`;
  const callsByThread = new Map<string, number[]>();
  for (const event of events) {
    if (!scriptUrlOf(event).startsWith(scriptPrefix)) continue;
    const calls = callsByThread.get(threadOf(event)) ?? [];
    calls.push(event.ts);
    callsByThread.set(threadOf(event), calls);
  }
  const tasks: ExtensionTask[] = [];
  for (const event of events) {
    if (event.ph !== 'X' || event.name !== 'RunTask' || event.dur === undefined) continue;
    const calls = callsByThread.get(threadOf(event));
    const end = event.ts + event.dur;
    if (calls?.some((ts) => ts >= event.ts && ts <= end)) {
      tasks.push({ wallMs: event.dur / 1000, cpuMs: (event.tdur ?? event.dur) / 1000 });
    }
  }
  return tasks.sort((a, b) => b.wallMs - a.wallMs);
}
