import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import {
  Injector,
  provideZonelessChangeDetection,
  runInInjectionContext,
} from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideStore } from '@ngrx/store';
import type { Page, ReferralResource } from '@casebook/shared/contracts';
import {
  nationalLinesFromStore,
  provideNationalLinesState,
  type NationalLinesFromStore,
} from './provide-national-lines';

function line(id: string, name: string, phone: string): ReferralResource {
  return {
    id,
    name,
    type: 'crisis-line',
    phone,
    hours: '24/7',
    languages: [],
    notes: null,
    national: true,
    active: true,
    updatedAt: '2026-03-01T09:00:00.000Z',
    version: 1,
  };
}

function page(items: ReferralResource[]): Page<ReferralResource> {
  return { items, total: items.length, page: 1, pageSize: 50 };
}

describe('national lines from the directory', () => {
  let http: HttpTestingController;
  let lines: NationalLinesFromStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideStore(),
        provideNationalLinesState(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    lines = runInInjectionContext(
      TestBed.inject(Injector),
      nationalLinesFromStore,
    );
  });

  afterEach(() => http.verify());

  function answer(reply: Page<ReferralResource> | 'fail'): void {
    const request = http.expectOne(
      (r) =>
        r.method === 'GET' &&
        r.url === '/api/resources' &&
        r.params.get('national') === 'true',
    );
    if (reply === 'fail') {
      request.flush(
        { statusCode: 503, error: 'Service Unavailable', message: 'Down' },
        { status: 503, statusText: 'Service Unavailable' },
      );
    } else {
      request.flush(reply);
    }
  }

  it('reads nothing until a panel asks, then the active national entries', () => {
    expect(lines.entries()).toEqual([]);
    http.expectNone('/api/resources');
    lines.refresh();
    const lifeline = line('l-988', '988 Suicide & Crisis Lifeline', '988');
    answer(page([lifeline]));
    expect(lines.entries()).toEqual([lifeline]);
  });

  it('takes an admin’s edit on the next read, and keeps what it had when a read fails', () => {
    lines.refresh();
    answer(page([line('l-988', '988 Suicide & Crisis Lifeline', '988')]));
    lines.refresh();
    const edited = line('l-988', 'Lifeline', '+12015550188');
    answer(page([edited]));
    expect(lines.entries()).toEqual([edited]);
    lines.refresh();
    answer('fail');
    expect(lines.entries()).toEqual([edited]);
  });
});
