export const HOUSEKEEPING_QUEUE = 'housekeeping';

export const HousekeepingJob = {
  Heartbeat: 'heartbeat',
} as const;

/** Payload of the heartbeat job: when it was enqueued, so the processor can record the delay. */
export interface HeartbeatPayload {
  enqueuedAt: string;
}

/** Heartbeat rows older than this are pruned by the job itself. */
export const HEARTBEAT_RETENTION_DAYS = 7;
