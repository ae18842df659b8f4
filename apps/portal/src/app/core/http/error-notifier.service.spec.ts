import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideTranslocoTesting } from '../../../testing/i18n-testing';
import { ErrorNotifier } from './error-notifier.service';

describe('ErrorNotifier', () => {
  it('opens a dismissible snackbar that screen readers announce at once', async () => {
    const open = jest.fn();
    TestBed.configureTestingModule({
      providers: [provideTranslocoTesting(), { provide: MatSnackBar, useValue: { open } }],
    });

    TestBed.inject(ErrorNotifier).notify('Diçka nuk shkoi mirë');
    await new Promise((resolve) => setTimeout(resolve));

    expect(open).toHaveBeenCalledWith(
      'Diçka nuk shkoi mirë',
      'Mbyll',
      expect.objectContaining({ politeness: 'assertive' }),
    );
  });
});
