import { EventEmitter } from 'node:events';

export interface ChangeNotice {
  storeId: string;
  collections: string[];
}

/** In-process notices of committed changes, feeding the live sync stream. */
export class ChangeFeed {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  publish(notice: ChangeNotice): void {
    if (notice.collections.length > 0) this.emitter.emit('change', notice);
  }

  subscribe(listener: (notice: ChangeNotice) => void): () => void {
    this.emitter.on('change', listener);
    return () => this.emitter.off('change', listener);
  }
}
