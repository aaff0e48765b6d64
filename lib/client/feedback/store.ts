// The one place every action's outcome goes through in the browser. A page shows one outcome
// at a time: a form's new message replaces whatever another form (or an earlier submit of the
// same form) said, so a green "saved" never stays beside a new error. A flash is an outcome
// carried across a navigation (a decision recorded, then the page changes): it waits for the
// page it was meant for and is dropped when the user moves on. Plain TypeScript, so the rules
// are unit-tested without a browser; the React side is app/_components/feedback/.

export interface Feedback {
  ok: boolean;
  text: string;
  /** Items listed under the text (what is missing, for example). */
  detail?: readonly string[];
}

export interface FeedbackEntry {
  /** Which form or region said it (a React id, or FLASH_OWNER). */
  owner: string;
  feedback: Feedback;
  /** Grows with every message, so the same text said twice is announced twice. */
  seq: number;
}

export const FLASH_OWNER = 'flash';

export interface FeedbackStore {
  current(): FeedbackEntry | null;
  subscribe(listener: () => void): () => void;
  /** The owner's message replaces any other on the page. */
  show(owner: string, feedback: Feedback): void;
  /** Removes the owner's message (it was not replaced by someone else's). */
  clear(owner: string): void;
  /** Carries a message to the page at `path`; shown at once when that page is the current one. */
  flash(feedback: Feedback, path: string, currentPath: string): void;
  /** The browser is now on `path`: a waiting flash for it is shown; one for another page goes. */
  arrive(path: string): void;
}

export function createFeedbackStore(): FeedbackStore {
  let entry: FeedbackEntry | null = null;
  let waiting: { feedback: Feedback; path: string } | null = null;
  let shownOn: string | null = null;
  let seq = 0;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());
  const set = (owner: string, feedback: Feedback) => {
    seq += 1;
    entry = { owner, feedback, seq };
    emit();
  };
  return {
    current: () => entry,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    show(owner, feedback) {
      if (owner === FLASH_OWNER) throw new Error('Bruk flash() for meldinger som skal følge med til en ny side.');
      set(owner, feedback);
    },
    clear(owner) {
      if (entry?.owner !== owner) return;
      entry = null;
      emit();
    },
    flash(feedback, path, currentPath) {
      if (path === currentPath) {
        waiting = null;
        shownOn = path;
        set(FLASH_OWNER, feedback);
        return;
      }
      waiting = { feedback, path };
    },
    arrive(path) {
      if (waiting && waiting.path === path) {
        const { feedback } = waiting;
        waiting = null;
        shownOn = path;
        set(FLASH_OWNER, feedback);
        return;
      }
      if (entry?.owner === FLASH_OWNER && shownOn !== path) {
        entry = null;
        shownOn = null;
        emit();
      }
    },
  };
}

/** The browser's one store (a module is evaluated once per page load). */
export const feedbackStore = createFeedbackStore();

/** The path part of an href, as usePathname() reports it ("/samarbeid/1?x=2#y" -> "/samarbeid/1"). */
export function pathOf(href: string): string {
  const end = href.search(/[?#]/);
  return end === -1 ? href : href.slice(0, end);
}

/** Said when the browser's own checks stop a form that does not save (send, add, register). */
export const CHECK_FIELDS_MESSAGE = 'Noen av feltene må rettes først. Se meldingene ved feltene.';
