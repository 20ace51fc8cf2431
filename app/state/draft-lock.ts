import { create } from 'zustand';
import { useDrafts, type DraftsStore } from './drafts';

/**
 * One tab edits a draft at a time. The tab that opens a draft first holds it (a Web
 * Lock named after it); another tab that opens it reads it, following every step the
 * holder writes, until the user takes it over. The holder then stops, lets its last
 * writes land and says so; the taker reads the draft as written and goes on from there,
 * so no step made in either tab is lost.
 */

export type Hold = 'held' | 'elsewhere' | 'taking';

interface LockState {
  holds: Record<string, Hold>;
}

export const useDraftLocks = create<LockState>()(() => ({ holds: {} }));

type Message = { type: 'written'; ids: string[] } | { type: 'released'; id: string };

const lockName = (id: string) => `age-draft:${id}`;
/** How long a taker waits for the holder to say its writes have landed. */
const RELEASE_WAIT_MS = 1500;

function setHold(id: string, hold: Hold | null) {
  const holds = { ...useDraftLocks.getState().holds };
  if (hold) holds[id] = hold;
  else delete holds[id];
  useDraftLocks.setState({ holds });
}

interface Held {
  users: number;
  release: (() => void) | null;
}

export function createDraftLocks(drafts: DraftsStore, channelName = 'age-drafts') {
  const locks = globalThis.navigator?.locks;
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(channelName);
  // Under Node (unit tests) an open channel would keep the process alive.
  (channel as { unref?: () => void } | null)?.unref?.();
  const held = new Map<string, Held>();
  const releasedWaiters = new Map<string, () => void>();

  const post = (message: Message) => channel?.postMessage(message);
  drafts.onDraftsWritten((ids) => {
    // Only what this tab holds (or what no tab holds, such as a rename in the list) is news to others.
    const mine = ids.filter((id) => useDraftLocks.getState().holds[id] !== 'elsewhere');
    if (mine.length) post({ type: 'written', ids: mine });
  });
  if (channel) {
    channel.onmessage = (event: MessageEvent<Message>) => {
      const message = event.data;
      if (message.type === 'written') {
        const news = message.ids.filter((id) => useDraftLocks.getState().holds[id] !== 'held');
        if (news.length) void drafts.reloadDrafts(news);
      } else if (message.type === 'released') {
        releasedWaiters.get(message.id)?.();
      }
    };
  }

  /** Hold the lock until released; `steal` takes it from the tab that has it. */
  const request = (id: string, entry: Held, steal: boolean) => {
    if (!locks) {
      setHold(id, 'held');
      return;
    }
    const options: LockOptions = steal ? { steal: true } : { ifAvailable: true };
    locks
      .request(lockName(id), options, (lock) => {
        if (!lock) {
          setHold(id, 'elsewhere');
          return undefined;
        }
        if (entry.users === 0) return undefined;
        return new Promise<void>((resolve) => {
          entry.release = resolve;
          if (steal) {
            setHold(id, 'taking');
            // The other tab's last steps land first, then this tab reads them and goes on.
            void waitForRelease(id)
              .then(() => drafts.reloadDrafts([id]))
              .then(() => {
                if (entry.release === resolve) setHold(id, 'held');
              });
          } else setHold(id, 'held');
        });
      })
      .catch(async () => {
        // Taken over by another tab: stop editing, let the writes land, and say so.
        entry.release = null;
        setHold(id, 'elsewhere');
        await drafts.flushDrafts();
        post({ type: 'released', id });
      });
  };

  const waitForRelease = (id: string) =>
    new Promise<void>((resolve) => {
      const done = () => {
        releasedWaiters.delete(id);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(done, RELEASE_WAIT_MS);
      releasedWaiters.set(id, done);
    });

  return {
    /** Open a draft in this tab: hold it if no other tab does. Returns the release. */
    hold(id: string): () => void {
      let entry = held.get(id);
      if (entry) entry.users += 1;
      else {
        entry = { users: 1, release: null };
        held.set(id, entry);
        request(id, entry, false);
      }
      const mine = entry;
      return () => {
        mine.users -= 1;
        // Deferred: a component that unmounts and mounts again at once keeps the lock.
        setTimeout(() => {
          if (mine.users > 0 || held.get(id) !== mine) return;
          held.delete(id);
          mine.release?.();
          setHold(id, null);
        }, 0);
      };
    },
    /** Take a draft over from the tab that holds it. */
    takeOver(id: string): void {
      const entry = held.get(id);
      if (!entry) return;
      request(id, entry, true);
    },
  };
}

export const draftLocks = createDraftLocks(useDrafts);
