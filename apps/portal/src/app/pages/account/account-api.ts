import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { DeviceDto } from '@skema/contracts';
import { Observable } from 'rxjs';
import { API_PREFIX } from '../../core/http/api-url';
import { handlesOwnErrors } from '../../core/http/http-error.interceptor';

/** What the API answers to `POST /auth/two-factor/setup`: the new seed, before it is confirmed. */
export interface SecondFactorSetup {
  readonly secret: string;
  readonly otpauthUrl: string;
  readonly qrCodeDataUrl: string;
}

/** The signed-in person's own account. Forms show their own failures; plain actions use the snackbar. */
@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${API_PREFIX}/auth`;

  changePassword(currentPassword: string, newPassword: string): Observable<void> {
    return this.http.post<void>(
      `${this.base}/password`,
      { currentPassword, newPassword },
      { context: handlesOwnErrors() },
    );
  }

  devices(): Observable<DeviceDto[]> {
    return this.http.get<DeviceDto[]>(`${this.base}/devices`, { context: handlesOwnErrors() });
  }

  endDevice(id: string): Observable<void> {
    return this.http.delete<void>(`${this.base}/devices/${encodeURIComponent(id)}`);
  }

  beginSecondFactor(): Observable<SecondFactorSetup> {
    return this.http.post<SecondFactorSetup>(`${this.base}/two-factor/setup`, null);
  }

  enableSecondFactor(code: string): Observable<{ recoveryCodes: string[] }> {
    return this.http.post<{ recoveryCodes: string[] }>(
      `${this.base}/two-factor/enable`,
      { code },
      { context: handlesOwnErrors() },
    );
  }

  disableSecondFactor(password: string, otp: string): Observable<void> {
    return this.http.post<void>(`${this.base}/two-factor/disable`, { password, otp }, { context: handlesOwnErrors() });
  }
}
