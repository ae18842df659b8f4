import { Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslocoService } from '@jsverse/transloco';

/** The paginator's words in the person's language ("1–20 nga 134"), following a switch. */
@Injectable()
export class PaginatorIntlService extends MatPaginatorIntl {
  static readonly provider = { provide: MatPaginatorIntl, useClass: PaginatorIntlService };

  private readonly transloco = inject(TranslocoService);

  constructor() {
    super();
    this.transloco
      .selectTranslation()
      .pipe(takeUntilDestroyed())
      .subscribe(() => {
        const t = (key: string) => this.transloco.translate(`paginator.${key}`);
        this.itemsPerPageLabel = t('itemsPerPage');
        this.nextPageLabel = t('next');
        this.previousPageLabel = t('previous');
        this.firstPageLabel = t('first');
        this.lastPageLabel = t('last');
        this.changes.next();
      });
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0) return this.transloco.translate('paginator.empty');
    const from = page * pageSize + 1;
    const to = Math.min(length, (page + 1) * pageSize);
    return this.transloco.translate('paginator.range', { from, to, total: length });
  };
}
