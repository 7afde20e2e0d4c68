import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { toApiError } from '@casebook/dashboard/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { summary } from '../testing/report-fixtures';
import { ReportsApi, filenameFromDisposition } from './reports-api';

describe('ReportsApi', () => {
  let api: ReportsApi;
  let http: HttpTestingController;
  const range = { from: '2026-03-01', to: '2026-03-31', tz: 'America/Chicago' };

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(ReportsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks for the summary of a range in a zone', async () => {
    const reply = firstValueFrom(api.summary(range));
    const request = http.expectOne((r) => r.url === '/api/reports/summary');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.toString()).toBe(
      'from=2026-03-01&to=2026-03-31&tz=America/Chicago',
    );
    request.flush(summary());
    expect((await reply).totals.calls).toBe(5);
  });

  it('sends the drill-down filter and paging, and only what is set', () => {
    void firstValueFrom(
      api.calls({
        ...range,
        weekday: 0,
        hour: 9,
        severity: undefined,
        page: 2,
        pageSize: 25,
      }),
    );
    const request = http.expectOne((r) => r.url === '/api/reports/calls');
    const params = request.request.params;
    expect(params.keys().sort()).toEqual([
      'from',
      'hour',
      'page',
      'pageSize',
      'to',
      'tz',
      'weekday',
    ]);
    expect(params.get('weekday')).toBe('0');
    expect(params.get('hour')).toBe('9');
    expect(params.get('page')).toBe('2');
    request.flush({ items: [], total: 0, page: 2, pageSize: 25 });
  });

  it('downloads the CSV as a blob, named as the server says', async () => {
    const reply = firstValueFrom(api.exportCsv(range));
    const request = http.expectOne((r) => r.url === '/api/reports/calls.csv');
    expect(request.request.responseType).toBe('blob');
    expect(request.request.params.get('tz')).toBe('America/Chicago');
    const csv = new Blob(['notice\ncall_id\n'], { type: 'text/csv' });
    request.flush(csv, {
      headers: {
        'Content-Disposition':
          'attachment; filename="casebook-calls-2026-03-01_2026-03-31.csv"',
      },
    });
    const file = await reply;
    expect(file.filename).toBe('casebook-calls-2026-03-01_2026-03-31.csv');
    expect(await file.blob.text()).toBe('notice\ncall_id\n');
  });

  it('names the file itself when the server gives no name', async () => {
    const reply = firstValueFrom(api.exportCsv(range));
    http
      .expectOne((r) => r.url === '/api/reports/calls.csv')
      .flush(new Blob(['x']));
    expect((await reply).filename).toBe(
      'casebook-calls-2026-03-01-to-2026-03-31.csv',
    );
  });

  it('reads the JSON error out of a failed blob request, so its message reaches the user', async () => {
    const reply = firstValueFrom(api.exportCsv(range)).catch(
      (error: unknown) => error,
    );
    const body = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'tz is not a time zone',
    };
    http
      .expectOne((r) => r.url === '/api/reports/calls.csv')
      .flush(new Blob([JSON.stringify(body)], { type: 'application/json' }), {
        status: 400,
        statusText: 'Bad Request',
      });
    const error = await reply;
    expect(error).toEqual(jasmine.any(HttpErrorResponse));
    expect(toApiError(error).message).toBe('tz is not a time zone');
  });

  it('reads both forms of a Content-Disposition file name', () => {
    expect(
      filenameFromDisposition("attachment; filename*=UTF-8''a%20b.csv"),
    ).toBe('a b.csv');
    expect(filenameFromDisposition('attachment; filename=plain.csv')).toBe(
      'plain.csv',
    );
    expect(filenameFromDisposition(null)).toBeNull();
  });
});
