import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideTranslocoTesting } from '../../../testing/i18n-testing';
import { LanguageService } from '../../core/i18n/language.service';
import { SkDatePipe } from './date.pipe';
import { SkMoneyPipe } from './money.pipe';

@Component({
  imports: [SkDatePipe, SkMoneyPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="money">{{ 1234500 | skMoney }}</span
    ><span class="date">{{ date | skDate }}</span>`,
})
class HostComponent {
  readonly date = new Date(Date.UTC(2025, 2, 7, 12));
}

describe('skMoney and skDate', () => {
  beforeEach(() => {
    window.localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTranslocoTesting()] });
  });

  it('follow the language switch, even inside an OnPush view', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const text = (selector: string) =>
      (fixture.nativeElement as HTMLElement).querySelector(selector)?.textContent?.replace(/[\u00a0\u202f]/g, ' ');

    expect(text('.money')).toBe('12 345,00 €');
    expect(text('.date')).toBe('7.3.2025');

    TestBed.inject(LanguageService).use('en');
    await fixture.whenStable();

    expect(text('.money')).toBe('€12,345.00');
    expect(text('.date')).toBe('07/03/2025');
  });

  it('render nothing for a missing value', () => {
    TestBed.runInInjectionContext(() => {
      expect(new SkMoneyPipe().transform(null)).toBe('');
      expect(new SkDatePipe().transform(undefined)).toBe('');
    });
  });
});
