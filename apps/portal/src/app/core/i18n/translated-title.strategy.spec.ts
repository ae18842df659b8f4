import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslocoTesting } from '../../../testing/i18n-testing';
import { LanguageService } from './language.service';
import { TranslatedTitleStrategy } from './translated-title.strategy';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class BlankPageComponent {}

describe('TranslatedTitleStrategy', () => {
  beforeEach(() => {
    window.localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideTranslocoTesting(),
        provideRouter([{ path: 'calls', title: 'nav.openCalls', component: BlankPageComponent }]),
        { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
      ],
    });
  });

  it('names the page in the person’s language and follows a switch', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/calls');
    const title = TestBed.inject(Title);

    expect(title.getTitle()).toBe('Thirrje të hapura · Skema');

    TestBed.inject(LanguageService).use('en');

    expect(title.getTitle()).toBe('Open calls · Skema');
  });
});
