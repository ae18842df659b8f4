import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppException } from '../../../common/errors/app.exception';
import { FileStorage } from '../../../common/storage/file-storage';
import { ApplicationSubmission } from '../entities/application-submission.entity';
import { receiptFileName } from './receipt.constants';

export interface ReceiptFile {
  fileName: string;
  content: Buffer;
}

/** Hands out a submission's receipt (the policy has already decided who may read the application). */
@Injectable()
export class ReceiptsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
  ) {}

  /** 404 for a draft (nothing was submitted), 409 `receipt_pending` until the receipt job made it. */
  async download(applicationId: string): Promise<ReceiptFile> {
    const submission = await this.dataSource.getRepository(ApplicationSubmission).findOne({
      where: { applicationId },
      select: { applicationId: true, reference: true, receiptKey: true },
    });
    if (!submission) throw new AppException('not_found', HttpStatus.NOT_FOUND);
    if (!submission.receiptKey) throw new AppException('receipt_pending', HttpStatus.CONFLICT);
    return { fileName: receiptFileName(submission.reference), content: await this.storage.readBuffer(submission.receiptKey) };
  }
}
