/**
 * How long the room waits before its next try to reach the hub after `previousRetryCount` failed tries: 0.5 s, doubling,
 * at most 5 s, so a network back after a long outage (a laptop's sleep) is noticed within 5 s. Used both after a drop
 * and when the first connection cannot start.
 */
export const retryDelayMs = (previousRetryCount: number): number => Math.min(500 * 2 ** previousRetryCount, 5000);
