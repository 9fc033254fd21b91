/**
 * Loaded line files carried across a reload of the page in another language (issue #12): the
 * page is built once in one language, so switching reloads it; the files a reader brought are
 * kept in this browser's IndexedDB for that one reload and read again on the other side, so
 * that the link's line (a loaded file's) is the one shown. Nothing leaves the browser, and the
 * store is emptied as soon as it is read.
 */
import type { FileData } from '../worker/protocol';
import type { Counted } from '../read/formats';

/** One loaded file set: its bytes, the hash its lines' ids end with, and how its statuses were counted. */
export interface CarriedSet {
  hash: string;
  files: FileData[];
  counting?: Record<string, Counted>;
}

const DB = 'swapmap-carry';
const STORE = 'sets';
/** Set for the one reload that carries files: a page opened otherwise does not open the store. */
const FLAG = 'swapmap:carry';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const r = indexedDB.open(DB, 1);
    r.onupgradeneeded = () => r.result.createObjectStore(STORE);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB'));
  });
}

function done(t: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    t.oncomplete = () => resolve();
    t.onerror = t.onabort = () => reject(t.error ?? new Error('IndexedDB'));
  });
}

/** Keep `sets` for the next load of the page. False when this browser would not keep them (private mode, full disk): the reload goes on without them. */
export async function carryFiles(sets: readonly CarriedSet[]): Promise<boolean> {
  if (!sets.length) return true;
  try {
    const db = await open();
    const t = db.transaction(STORE, 'readwrite');
    t.objectStore(STORE).put(sets, 'sets');
    await done(t);
    db.close();
    sessionStorage.setItem(FLAG, '1');
    return true;
  } catch {
    return false;
  }
}

/** The sets carried by the reload that opened this page, once (the store is emptied); [] when none. */
export async function takeCarriedFiles(): Promise<CarriedSet[]> {
  try {
    if (sessionStorage.getItem(FLAG) !== '1') return [];
    sessionStorage.removeItem(FLAG);
    const db = await open();
    const t = db.transaction(STORE, 'readwrite');
    const store = t.objectStore(STORE);
    const got = await new Promise<unknown>((resolve, reject) => {
      const r = store.get('sets');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error ?? new Error('IndexedDB'));
    });
    store.delete('sets');
    await done(t);
    db.close();
    return Array.isArray(got) ? (got as CarriedSet[]) : [];
  } catch {
    return [];
  }
}
