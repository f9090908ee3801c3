/**
 * Hears another editor, in another tab or window of this browser, save the same work: through a
 * BroadcastChannel, and through the `storage` event, which other windows get from localStorage.
 * Either may fire for one save, so `heard` must be safe to call twice.
 */
export function watchOtherTabs(storage: Storage, key: string, heard: () => void) {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`career-paths-editor ${key}`) : undefined;
  channel?.addEventListener('message', heard);
  const changed = (event: StorageEvent) => {
    if (event.storageArea === storage && (event.key === key || event.key === null)) heard();
  };
  addEventListener('storage', changed);
  return {
    /** Tells the other editors that this one saved. */
    saved: () => channel?.postMessage('saved'),
    close: () => {
      channel?.close();
      removeEventListener('storage', changed);
    },
  };
}
