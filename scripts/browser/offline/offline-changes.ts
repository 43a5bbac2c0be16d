/** Save and remove tell the other offline controls (on this page and in other tabs) to look again. */
const channel = "BroadcastChannel" in window ? new BroadcastChannel("milaff-offline") : undefined;
const listeners = new Set<() => void>();
channel?.addEventListener("message", () => listeners.forEach((l) => l()));

/** Tells every control but the one that made the change. */
export function announceChange(from: () => void): void {
  channel?.postMessage("changed");
  listeners.forEach((l) => l !== from && l());
}

/** Calls `listener` on every change made elsewhere; returns it, to name the caller in announceChange. */
export function onChange(listener: () => void): () => void {
  listeners.add(listener);
  return listener;
}
