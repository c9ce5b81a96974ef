import type { LiveStatus } from "./hub";
import { useLiveStatus } from "./useLive";

const labels: Record<LiveStatus, { text: string; hint: string }> = {
  connecting: { text: "Connecting…", hint: "Connecting to live updates" },
  connected: { text: "Live", hint: "Connected: pages update as colleagues make changes" },
  reconnecting: { text: "Reconnecting…", hint: "Connection lost: reconnecting, pages refresh when back" },
  offline: { text: "Offline", hint: "No live updates: reload the page to see colleagues' changes" },
};

export function LiveIndicator() {
  const status = useLiveStatus();
  const { text, hint } = labels[status];
  return (
    <span className={`live live-${status}`} role="status" data-testid="live-status" data-state={status} title={hint}>
      <span className="live-dot" aria-hidden="true" />
      {text}
    </span>
  );
}
