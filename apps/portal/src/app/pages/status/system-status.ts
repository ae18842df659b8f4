import { HealthResponse } from '@skema/contracts';

export type ServiceState = 'up' | 'down' | 'unknown';

export interface ServiceStatus {
  /** Translation key suffix under `status.component`. */
  readonly id: string;
  readonly state: ServiceState;
}

/** The components the API's health check reports on (HealthModule), in the order people read them. */
export const CHECKED_SERVICES = ['database', 'redis'] as const;

/**
 * Turns a health answer into one line per service. The API itself is up whenever it answered, even
 * with a 503; a service missing from `details` is unknown rather than assumed up or down.
 */
export function toServiceStatuses(health: HealthResponse): ServiceStatus[] {
  const checked = CHECKED_SERVICES.map((id): ServiceStatus => {
    const reported = health.details[id]?.status;
    return { id, state: reported === 'up' ? 'up' : reported === undefined ? 'unknown' : 'down' };
  });
  return [{ id: 'api', state: 'up' }, ...checked];
}
