import type { SessionArea } from '../../../src/storage/tab-state.ts';

/** In-memory storage.session with the same copy-on-write semantics (values are cloned). */
export class FakeSession implements SessionArea {
  data = new Map<string, unknown>();
  async get(key: string | null): Promise<Record<string, unknown>> {
    if (key === null) return structuredClone(Object.fromEntries(this.data));
    return this.data.has(key) ? { [key]: structuredClone(this.data.get(key)) } : {};
  }
  async set(items: Record<string, unknown>): Promise<void> {
    for (const [k, val] of Object.entries(items)) this.data.set(k, structuredClone(val));
  }
  async remove(key: string): Promise<void> {
    this.data.delete(key);
  }
}
