import { randomUUID } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { AttachmentType } from '@skema/contracts';
import type { DataSource } from 'typeorm';
import { AttachmentsService } from '../../src/app/applications/attachments/attachments.service';
import { Application } from '../../src/app/applications/entities/application.entity';
import { Call } from '../../src/app/calls/entities/call.entity';
import type { AuthenticatedUser } from '../../src/common/access/authenticated-user';
import { sampleDocx, sampleJpg, sampleOds, sampleOdt, samplePdf, samplePng, sampleXlsx } from './sample-files';
import type { TestApp } from './test-app';

const SAMPLES: Record<AttachmentType, () => Buffer> = {
  pdf: () => samplePdf(),
  docx: sampleDocx,
  xlsx: sampleXlsx,
  odt: sampleOdt,
  ods: sampleOds,
  jpg: sampleJpg,
  png: samplePng,
};

/** A small real file of the type, named truthfully. */
export function sampleFile(type: AttachmentType, name = 'dokument'): { fileName: string; content: Buffer } {
  return { fileName: `${name}.${type}`, content: SAMPLES[type]() };
}

/** Uploads a small real file for every document the application's call requires (through the service). */
export async function uploadRequiredAttachments(t: TestApp, user: AuthenticatedUser, applicationId: string): Promise<void> {
  const db = t.app.get<DataSource>(getDataSourceToken());
  const { callId } = await db.getRepository(Application).findOneByOrFail({ id: applicationId });
  const call = await db.getRepository(Call).findOneByOrFail({ id: callId });
  const attachments = t.app.get(AttachmentsService);
  for (const required of call.requiredAttachments) {
    await attachments.upload(user, applicationId, required.key, sampleFile(required.acceptedTypes[0], required.key));
  }
}

/** A multipart/form-data body with one file part, as a browser's FormData sends it. */
export function multipartBody(fileName: string, content: Buffer, options: { field?: string; contentType?: string } = {}) {
  const boundary = `----skema${randomUUID().replace(/-/g, '')}`;
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="${options.field ?? 'file'}"; filename="${fileName}"\r\n` +
    `Content-Type: ${options.contentType ?? 'application/octet-stream'}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** `POST /api/applications/:id/attachments/:key` through HTTP, as the portal does it. */
export function uploadThroughApi(
  t: TestApp,
  headers: Record<string, string>,
  applicationId: string,
  requirementKey: string,
  fileName: string,
  content: Buffer,
  options: { field?: string; contentType?: string } = {},
) {
  const body = multipartBody(fileName, content, options);
  return t.app.inject({
    method: 'POST',
    url: `/api/applications/${applicationId}/attachments/${requirementKey}`,
    headers: { ...headers, ...body.headers },
    payload: body.payload,
  });
}
