import { Provider } from '@angular/core';
import { ErrorStateMatcher } from '@angular/material/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS, MatFormFieldDefaultOptions } from '@angular/material/form-field';
import { AsYouTypeErrorStateMatcher } from './error-state-matcher';

/**
 * How every Skema form behaves, provided by each form component (not the app, so Material's form
 * field stays out of the first download): errors as you type, and room for the whole message.
 * Messages from the API ("An organisation with this NUIS is already registered. Ask a colleague to
 * invite you.") run longer than a line; a fixed-height subscript would draw them over the next field.
 */
export const FORM_PROVIDERS: Provider[] = [
  { provide: ErrorStateMatcher, useClass: AsYouTypeErrorStateMatcher },
  { provide: MAT_FORM_FIELD_DEFAULT_OPTIONS, useValue: { subscriptSizing: 'dynamic' } satisfies MatFormFieldDefaultOptions },
];
