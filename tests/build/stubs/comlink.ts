/**
 * Comlink without a worker, for the build tests: the search plugin's worker
 * module (`SearchWorker`) calls `Comlink.expose` when it loads; in Node the
 * class is used directly instead.
 */
export function expose(): void {}
export function wrap(): never {
  throw new Error('Comlink.wrap is not available in the build tests: use the SearchWorker class directly');
}
