import type { RegionDto } from './regions';

/**
 * RFC 9457 problem details: the one shape of every error the API returns. `detail` is written for a
 * person, in the caller's language; `code` is stable for programs; `errors` lists field problems.
 */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  errors?: FieldError[];
}

export interface FieldError {
  /** Dotted path of the offending field, e.g. `lots.0.envelopeCents`. */
  field: string;
  message: string;
}

/** Paging limits, shared so the portal never asks for what the API would refuse. */
export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type HealthStatus = 'ok' | 'error';

export interface HealthResponse {
  status: HealthStatus;
  info?: Record<string, { status: string; [key: string]: unknown }>;
  error?: Record<string, { status: string; [key: string]: unknown }>;
  details: Record<string, { status: string; [key: string]: unknown }>;
}

/** What the API says about itself; the portal shows it in the footer and the home page. */
export interface AppInfoDto {
  name: string;
  version: string;
  environment: string;
  regions: RegionDto[];
}
