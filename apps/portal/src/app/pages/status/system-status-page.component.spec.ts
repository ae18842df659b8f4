import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AppInfoDto, HealthResponse } from '@skema/contracts';
import { provideTranslocoTesting } from '../../../testing/i18n-testing';
import { SystemStatusPageComponent } from './system-status-page.component';

const healthy: HealthResponse = {
  status: 'ok',
  details: { database: { status: 'up' }, redis: { status: 'up' } },
};

const redisDown: HealthResponse = {
  status: 'error',
  details: { database: { status: 'up' }, redis: { status: 'down', message: 'connect ECONNREFUSED' } },
};

const appInfo: AppInfoDto = {
  name: 'Skema',
  version: '1.4.0',
  environment: 'production',
  regions: [
    { code: 'TIR', name: { sq: 'Tiranë', en: 'Tirana' } },
    { code: 'SAR', name: { sq: 'Sarandë', en: 'Saranda' } },
  ],
};

describe('SystemStatusPageComponent', () => {
  let fixture: ComponentFixture<SystemStatusPageComponent>;
  let backend: HttpTestingController;

  const element = () => fixture.nativeElement as HTMLElement;
  const services = () =>
    Array.from(element().querySelectorAll('.service')).map((row) => ({
      name: row.querySelector('.service__name')?.textContent?.trim(),
      state: row.querySelector('.service__state')?.textContent?.trim(),
    }));

  beforeEach(async () => {
    window.localStorage.clear();
    TestBed.configureTestingModule({
      imports: [SystemStatusPageComponent],
      providers: [provideTranslocoTesting(), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SystemStatusPageComponent);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  it('announces that it is checking while the API has not answered', () => {
    const status = element().querySelector('sk-loading-indicator');

    expect(status?.getAttribute('role')).toBe('status');
    expect(status?.textContent).toContain('Duke kontrolluar gjendjen e sistemit');
    backend.expectOne('/api/health');
    backend.expectOne('/api/info');
  });

  it('shows every service up, with the API version and regions', async () => {
    backend.expectOne('/api/health').flush(healthy);
    backend.expectOne('/api/info').flush(appInfo);
    await fixture.whenStable();

    expect(element().querySelector('.summary')?.textContent).toContain('Të gjitha shërbimet janë në punë');
    expect(services()).toEqual([
      { name: 'API e Skemës', state: 'Në punë' },
      { name: 'Baza e të dhënave', state: 'Në punë' },
      { name: 'Radha e punëve (Redis)', state: 'Në punë' },
    ]);
    expect(element().querySelector('.about')?.textContent).toContain('1.4.0');
    expect(element().querySelector('.about')?.textContent).toContain('Sarandë');
  });

  it('reads a 503 as an answer: the services that are down, not an error', async () => {
    backend.expectOne('/api/health').flush(redisDown, { status: 503, statusText: 'Service Unavailable' });
    backend.expectOne('/api/info').flush(appInfo);
    await fixture.whenStable();

    expect(element().querySelector('.summary')?.textContent).toContain('Disa shërbime nuk janë në punë');
    expect(services()).toContainEqual({ name: 'Radha e punëve (Redis)', state: 'Jashtë funksionit' });
    expect(services()).toContainEqual({ name: 'Baza e të dhënave', state: 'Në punë' });
    expect(element().querySelector('sk-error-state')).toBeNull();
  });

  it('still shows the services when only the API information is missing', async () => {
    backend.expectOne('/api/health').flush(healthy);
    backend.expectOne('/api/info').flush('oops', { status: 500, statusText: 'Server Error' });
    await fixture.whenStable();

    expect(services()).toHaveLength(3);
    expect(element().textContent).toContain('Informacioni për API-në nuk është i disponueshëm.');
  });

  it('explains an unreachable API and checks again on request', async () => {
    const info = backend.expectOne('/api/info');
    backend.expectOne('/api/health').error(new ProgressEvent('error'), { status: 0 });
    await fixture.whenStable();
    expect(info.cancelled).toBe(true);

    const alert = element().querySelector('sk-error-state');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain('Gjendja e sistemit nuk mund të kontrollohej');
    expect(alert?.textContent).toContain('Skema nuk arrin të lidhet me serverin');

    alert?.querySelector('button')?.click();
    await fixture.whenStable();
    expect(element().querySelector('sk-loading-indicator')).not.toBeNull();

    backend.expectOne('/api/health').flush(healthy);
    backend.expectOne('/api/info').flush(appInfo);
    await fixture.whenStable();
    expect(element().querySelector('sk-error-state')).toBeNull();
    expect(services()).toHaveLength(3);
  });
});
