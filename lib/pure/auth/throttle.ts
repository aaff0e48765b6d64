// How hard to brake sign-in attempts, from what the attempts table says (pure, so every
// number is unit-tested). Three brakes, none of which can lock out a right password from a
// clean address:
// - account + address: after a few failures from one address for one account, that pair
//   must wait, longer after each failure (refused without checking the password);
// - account: many failures for one account from anywhere slow every attempt on it a little
//   (a delay, never a refusal), which blunts guessing spread over many addresses;
// - address: many failures from one address across accounts (password spraying) slow it.
export const PAIR_WINDOW_MS = 60 * 60 * 1000;
export const SLOWDOWN_WINDOW_MS = 15 * 60 * 1000;
export const PAIR_FREE_FAILURES = 4;
export const PAIR_FIRST_DELAY_MS = 15_000;
export const PAIR_MAX_DELAY_MS = 15 * 60 * 1000;

export interface AttemptStats {
  /** Failures for this account from this address since its last success, inside PAIR_WINDOW_MS. */
  pairFailures: number;
  pairLastFailure: Date | null;
  /** Failures for this account from any address inside SLOWDOWN_WINDOW_MS. */
  accountFailures: number;
  /** Failures from this address for any account inside SLOWDOWN_WINDOW_MS. */
  addressFailures: number;
}

/** 0 for the first four failures, then 15 s, 30 s, 1 min, 2 min … up to 15 minutes. */
export function pairDelayMs(failures: number): number {
  if (failures <= PAIR_FREE_FAILURES) return 0;
  return Math.min(PAIR_MAX_DELAY_MS, PAIR_FIRST_DELAY_MS * 2 ** (failures - PAIR_FREE_FAILURES - 1));
}

/** A short pause before the password is checked; capped, so it is a brake, not a lock. */
export function slowdownMs(stats: Pick<AttemptStats, 'accountFailures' | 'addressFailures'>): number {
  const account = stats.accountFailures >= 10 ? Math.min(3000, (stats.accountFailures - 9) * 250) : 0;
  const address = stats.addressFailures >= 30 ? Math.min(2000, (stats.addressFailures - 29) * 100) : 0;
  return Math.max(account, address);
}

export type ThrottleDecision = { kind: 'refuse'; retryAfterSeconds: number } | { kind: 'check'; delayMs: number };

export function throttleDecision(stats: AttemptStats, now: Date): ThrottleDecision {
  const wait = pairDelayMs(stats.pairFailures);
  if (wait > 0 && stats.pairLastFailure) {
    const until = stats.pairLastFailure.getTime() + wait;
    if (until > now.getTime()) return { kind: 'refuse', retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000) };
  }
  return { kind: 'check', delayMs: slowdownMs(stats) };
}
