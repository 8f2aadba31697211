/**
 * localStorage for store tests without a browser: one shared backing map seen through one view
 * per tab. A write through one tab's view reaches the other tabs as a `storage` event, as in a
 * browser, and a view can be told to fail its writes (a full or turned-off storage).
 */
export class SharedStorage {
  readonly data = new Map<string, string>();
  private readonly tabs = new Set<TabStorage>();

  tab(): TabStorage {
    const tab = new TabStorage(this);
    this.tabs.add(tab);
    return tab;
  }

  /** Tells every other tab, as the browser's `storage` event does. */
  changed(from: TabStorage, key: string, newValue: string | null): void {
    for (const tab of this.tabs) {
      if (tab === from) continue;
      const event = Object.assign(new Event('storage'), { key, newValue });
      tab.events.dispatchEvent(event);
    }
  }
}

export class TabStorage implements Storage {
  /** Where this tab hears about other tabs' writes (stands in for `window`). */
  readonly events = new EventTarget();
  /** Set to make writes throw, e.g. new DOMException('full', 'QuotaExceededError'). */
  failWrites: ((key: string) => Error | null) | null = null;

  constructor(private readonly shared: SharedStorage) {}

  get length(): number {
    return this.shared.data.size;
  }
  key(index: number): string | null {
    return [...this.shared.data.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.shared.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    const error = this.failWrites?.(key);
    if (error) throw error;
    this.shared.data.set(key, String(value));
    this.shared.changed(this, key, String(value));
  }
  removeItem(key: string): void {
    this.shared.data.delete(key);
    this.shared.changed(this, key, null);
  }
  clear(): void {
    this.shared.data.clear();
  }
}

export const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
