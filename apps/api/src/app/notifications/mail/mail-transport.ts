import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Locale } from '@skema/contracts';
import { createTransport, type Transporter } from 'nodemailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport';
import { AppConfig } from '../../../config/app-config.service';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  locale: Locale;
  /** Names the .eml file; with `queuedAt`, makes a Message-ID that stays the same across retries. */
  outboxId: string;
  queuedAt: Date;
  kind: string;
  attachments?: { fileName: string; contentType: string; content: Buffer }[];
}

/**
 * Sends e-mail: by SMTP when SMTP_URL is set, otherwise into MAIL_DIR as one RFC 822 `.eml` file per
 * message (development and tests), named `<timestamp>-<outboxId>-<kind>.eml`.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly logger = new Logger(MailTransport.name);
  private readonly transporter: Transporter;
  private readonly from: string;
  /** Set when writing files instead of using SMTP. */
  readonly mailDir: string | null;

  constructor(config: AppConfig) {
    this.from = config.get('MAIL_FROM');
    const smtpUrl = config.get('SMTP_URL');
    if (smtpUrl) {
      this.mailDir = null;
      // Bounded waits: a hung server must fail the attempt (and let it retry) well within the job lock.
      this.transporter = createTransport(
        new SMTPTransport({ url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }),
      );
    } else {
      this.mailDir = resolve(config.get('MAIL_DIR'));
      this.transporter = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
      this.logger.log(`SMTP_URL is empty: e-mails are written to ${this.mailDir}`);
    }
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = (await this.transporter.sendMail({
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: `<outbox-${mail.outboxId}.${mail.queuedAt.getTime()}@${domainOf(this.from)}>`,
      headers: {
        'Content-Language': mail.locale,
        // RFC 3834: keeps out-of-office replies away from the no-reply address.
        'Auto-Submitted': 'auto-generated',
        'X-Skema-Notification': mail.kind,
      },
      attachments: mail.attachments?.map((a) => ({ filename: a.fileName, contentType: a.contentType, content: a.content })),
    })) as { message?: Buffer };
    if (this.mailDir) await this.writeEml(mail, info.message ?? Buffer.alloc(0));
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }

  /** Written under a temporary name and renamed, so a reader never sees half a message. */
  private async writeEml(mail: OutgoingMail, message: Buffer): Promise<void> {
    const dir = this.mailDir as string;
    await mkdir(dir, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.outboxId}-${mail.kind}.eml`;
    const path = join(dir, name);
    await writeFile(`${path}.tmp`, message);
    await rename(`${path}.tmp`, path);
  }
}

function domainOf(address: string): string {
  return /@([^>\s]+)>?\s*$/.exec(address)?.[1] ?? 'skema.local';
}
