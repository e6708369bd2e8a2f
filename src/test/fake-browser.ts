/**
 * An in-memory stand-in for webextension-polyfill in unit tests: storage areas with change
 * events and quotas, runtime messaging that goes nowhere. Tests reset it with `resetFakeBrowser`.
 */
type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

const listeners = new Set<Listener>();

function area(name: string, quotaBytesPerItem = Infinity) {
  let data: Record<string, unknown> = {};
  return {
    failNext: null as Error | null,
    async get(keys?: string | string[] | null) {
      if (this.failNext) {
        const e = this.failNext;
        this.failNext = null;
        throw e;
      }
      if (keys == null) return structuredClone(data);
      const list = typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items: Record<string, unknown>) {
      for (const [k, v] of Object.entries(items)) {
        if (JSON.stringify(v).length + k.length > quotaBytesPerItem) throw new Error(`QUOTA_BYTES_PER_ITEM quota exceeded`);
      }
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data[k], newValue: structuredClone(v) };
        data[k] = structuredClone(v);
      }
      for (const l of listeners) l(changes, name);
    },
    async remove(keys: string | string[]) {
      for (const k of typeof keys === 'string' ? [keys] : keys) delete data[k];
    },
    async clear() {
      data = {};
    },
    _raw: () => data,
    _reset() {
      data = {};
      this.failNext = null;
    },
  };
}

const local = area('local');
const sync = area('sync', 8192);

const browser = {
  storage: {
    local,
    sync,
    onChanged: {
      addListener: (l: Listener) => listeners.add(l),
      removeListener: (l: Listener) => listeners.delete(l),
    },
  },
  runtime: {
    getURL: (p: string) => `chrome-extension://test/${p}`,
    onMessage: { addListener: () => undefined, removeListener: () => undefined },
    sendMessage: async () => undefined,
  },
  i18n: { getMessage: (k: string) => k, getUILanguage: () => 'en' },
};

export function resetFakeBrowser(): void {
  local._reset();
  sync._reset();
  listeners.clear();
}

export default browser;
