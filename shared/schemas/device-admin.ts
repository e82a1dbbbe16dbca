import { z } from 'zod';
import { isoDateTimeSchema } from './common';

export const deviceIdSchema = z.string().min(8).max(64);

/** What a workstation says about itself when it registers or pushes (all optional: older apps send none). */
export const deviceReportSchema = z.object({
  /** Human name of the workstation, e.g. "Packing station 2". */
  name: z.string().trim().min(1).max(100).optional(),
  /** App version, e.g. 0.1.0. */
  appVersion: z.string().trim().min(1).max(40).optional(),
  /** Commands waiting in its outbox (pending, not yet answered by the server). */
  outboxSize: z.number().int().nonnegative().max(10_000_000).optional(),
});
export type DeviceReport = z.infer<typeof deviceReportSchema>;

/** `sync.registerDevice` input: the device id and, optionally, its report. */
export const registerDeviceInputSchema = deviceReportSchema.extend({ deviceId: deviceIdSchema });
export type RegisterDeviceInput = z.infer<typeof registerDeviceInputSchema>;

/** A workstation as admins see it (`GET /api/v1/admin/devices`). */
export const deviceAdminViewSchema = z.object({
  id: deviceIdSchema,
  /** Short code naming its invoice series (D01, D02, …). */
  code: z.string(),
  name: z.string().nullable(),
  user: z.object({ id: z.uuid(), email: z.string(), name: z.string() }).nullable(),
  appVersion: z.string().nullable(),
  /** Pending outbox size at its last report; null when it never reported one. */
  outboxSize: z.number().int().nullable(),
  registeredAt: isoDateTimeSchema,
  lastSeenAt: isoDateTimeSchema,
  revokedAt: isoDateTimeSchema.nullable(),
});
export type DeviceAdminView = z.infer<typeof deviceAdminViewSchema>;
