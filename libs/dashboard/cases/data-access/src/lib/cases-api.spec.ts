import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CasesApi } from './cases-api';

describe('CasesApi', () => {
  let api: CasesApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(CasesApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('sends only the parts of a search that are set', () => {
    api.search({ q: '  sam ', phone: '', page: 1, pageSize: 25 }).subscribe();
    http.expectOne('/api/cases?page=1&pageSize=25&q=sam').flush({});
    api
      .search({
        phone: '+12015550123',
        status: 'closed',
        page: 3,
        pageSize: 10,
      })
      .subscribe();
    http
      .expectOne(
        '/api/cases?page=3&pageSize=10&phone=%2B12015550123&status=closed',
      )
      .flush({});
  });

  it('reads, updates, and lists the symptoms and calls of a case', () => {
    api.get('case-1').subscribe();
    http.expectOne({ method: 'GET', url: '/api/cases/case-1' }).flush({});
    api.update('case-1', { version: 2, alert: null }).subscribe();
    const patch = http.expectOne({ method: 'PATCH', url: '/api/cases/case-1' });
    expect(patch.request.body).toEqual({ version: 2, alert: null });
    patch.flush({});
    api.symptoms('case-1').subscribe();
    http.expectOne('/api/cases/case-1/symptoms').flush({ items: [] });
    api.calls('case-1', 2, 10).subscribe();
    http.expectOne('/api/calls?caseId=case-1&page=2&pageSize=10').flush({});
    api.call('call-1').subscribe();
    http.expectOne('/api/calls/call-1').flush({});
    api.create({ alias: 'Sam' }).subscribe();
    http.expectOne({ method: 'POST', url: '/api/cases' }).flush({});
  });
});
