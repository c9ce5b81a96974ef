/**
 * The last version seen per live topic. Versions are a global, increasing event sequence number,
 * so an announcement only matters when it is higher than the last one seen for its topic.
 */
export class VersionBook {
  private readonly seen = new Map<string, number>();

  /** Records an announced version; true when it is newer than any seen for the topic (refetch). */
  accept(topic: string, version: number): boolean {
    const last = this.seen.get(topic);
    if (last !== undefined && version <= last) return false;
    this.seen.set(topic, version);
    return true;
  }
}
