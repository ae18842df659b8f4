import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import { OutboxDispatcher } from './outbox-dispatcher';
import { takeOutboxNote } from './outbox-note';

/**
 * Wakes this process's dispatcher right after a transaction that wrote an outbox message commits,
 * so e-mails leave in milliseconds rather than at the next poll. Only the commit of the outermost
 * transaction counts (savepoints are not commits); a rollback just forgets the note.
 */
@Injectable()
export class OutboxWakeSubscriber implements EntitySubscriberInterface, OnModuleInit, OnModuleDestroy {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dispatcher: OutboxDispatcher,
  ) {}

  onModuleInit(): void {
    this.dataSource.subscribers.push(this);
  }

  onModuleDestroy(): void {
    const index = this.dataSource.subscribers.indexOf(this);
    if (index >= 0) this.dataSource.subscribers.splice(index, 1);
  }

  afterTransactionCommit(event: { queryRunner: QueryRunner }): void {
    if (takeOutboxNote(event.queryRunner)) this.dispatcher.wake();
  }

  afterTransactionRollback(event: { queryRunner: QueryRunner }): void {
    takeOutboxNote(event.queryRunner);
  }
}
