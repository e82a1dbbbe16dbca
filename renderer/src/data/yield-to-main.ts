interface SchedulerWithYield {
  yield: () => Promise<void>;
}

function nativeYield(): (() => Promise<void>) | undefined {
  const scheduler: unknown = (globalThis as { scheduler?: unknown }).scheduler;
  if (typeof scheduler !== 'object' || scheduler === null || !('yield' in scheduler)) return undefined;
  if (typeof scheduler.yield !== 'function') return undefined;
  const withYield = scheduler as SchedulerWithYield;
  return () => withYield.yield();
}

/** A new task through a MessageChannel: no 4 ms clamp as with nested setTimeout. */
function messageChannelYield(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Ends the current task and continues in a new one, so input, rendering and timers run in between
 * (`scheduler.yield` where the browser has it: the continuation goes before other queued tasks).
 */
export const yieldToMain: () => Promise<void> = nativeYield() ?? messageChannelYield;
