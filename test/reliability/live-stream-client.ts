import { z } from 'zod';

const liveChangeSchema = z.object({ collections: z.array(z.string()), hello: z.boolean() });

export interface ReceivedNotice {
  /** `Date.now()` when it arrived. */
  at: number;
  collections: string[];
}

/**
 * The `sync.stream` SSE subscription read over plain HTTP (Node 20 has no EventSource), as a
 * workstation connected to one server process holds it.
 */
export class LiveStreamClient {
  readonly notices: ReceivedNotice[] = [];
  /** The `serialized-error` event's data, when the server ended the stream with an error. */
  error: unknown;
  private readonly controller = new AbortController();
  private waiters: (() => void)[] = [];

  private constructor() {}

  /** Opens the stream and resolves once the server's hello arrived. */
  static async open(serverUrl: string, token: string): Promise<LiveStreamClient> {
    const client = new LiveStreamClient();
    const input = encodeURIComponent(JSON.stringify({ token }));
    const response = await fetch(`${serverUrl}/trpc/sync.stream?input=${input}`, {
      headers: { accept: 'text/event-stream' },
      signal: client.controller.signal,
    });
    if (!response.ok || !response.body) throw new Error(`stream refused: ${response.status}`);
    const hello = new Promise<void>((resolve) => client.waiters.push(resolve));
    void client.read(response.body);
    await hello;
    return client;
  }

  /** Resolves with the first notice (arrived after `since`) naming `collection`, or rejects after `timeoutMs`. */
  async waitFor(collection: string, since: number, timeoutMs: number): Promise<ReceivedNotice> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.notices.find((n) => n.at >= since && n.collections.includes(collection));
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no notice about ${collection} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close(): void {
    this.controller.abort();
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    const reader = body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          this.handle(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // aborted by close(), or the server went away
    }
  }

  private handle(block: string): void {
    let event = 'message';
    let data = '';
    for (const line of block.split('\n')) {
      if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('data: ')) data += line.slice(6);
    }
    if (event === 'serialized-error') this.error = JSON.parse(data) as unknown;
    if (event === 'message' && data.length > 0) {
      const change = liveChangeSchema.parse(JSON.parse(data));
      if (!change.hello) this.notices.push({ at: Date.now(), collections: change.collections });
    }
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}
