import {
  HttpClient,
  HttpErrorResponse,
  HttpParams,
  type HttpResponse,
} from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CallSummary,
  Page,
  ReportCallsQuery,
  ReportRangeQuery,
  ReportSummary,
} from '@casebook/shared/contracts';
import { API_BASE_URL } from '@casebook/dashboard/shared/data-access';
import {
  catchError,
  from,
  map,
  switchMap,
  throwError,
  type Observable,
} from 'rxjs';

/** A CSV export as it arrived: the file and the name the server gave it. */
export interface ReportExport {
  blob: Blob;
  filename: string;
}

function rangeParams(query: ReportRangeQuery): HttpParams {
  return new HttpParams()
    .set('from', query.from)
    .set('to', query.to)
    .set('tz', query.tz);
}

/** `filename="x.csv"` or `filename*=UTF-8''x.csv` from a Content-Disposition header. */
export function filenameFromDisposition(header: string | null): string | null {
  if (!header) {
    return null;
  }
  const extended = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // Fall through to the plain form.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain ? plain[1].trim() : null;
}

/**
 * A failed blob request carries its JSON error body as a Blob; read it back so the
 * message the server wrote (a bad tz, a range too long) reaches the user.
 */
function withJsonErrorBody(error: unknown): Observable<never> {
  if (!(error instanceof HttpErrorResponse) || !(error.error instanceof Blob)) {
    return throwError(() => error);
  }
  return from(error.error.text()).pipe(
    switchMap((text) => {
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // Not JSON (a proxy's page): toApiError shows its own message.
      }
      return throwError(
        () =>
          new HttpErrorResponse({
            error: body,
            headers: error.headers,
            status: error.status,
            statusText: error.statusText,
            url: error.url ?? undefined,
          }),
      );
    }),
  );
}

/** The `/api/reports` endpoints (supervisor and admin). */
@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = `${inject(API_BASE_URL)}/reports`;

  /** Totals, series and the per-counselor table of one range. */
  summary(query: ReportRangeQuery): Observable<ReportSummary> {
    return this.http.get<ReportSummary>(`${this.baseUrl}/summary`, {
      params: rangeParams(query),
    });
  }

  /** One page (from 1) of the calls behind a bar or cell. */
  calls(query: ReportCallsQuery): Observable<Page<CallSummary>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null) {
        params = params.set(key, String(value));
      }
    }
    return this.http.get<Page<CallSummary>>(`${this.baseUrl}/calls`, {
      params,
    });
  }

  /**
   * The range's calls as CSV, fetched with the bearer token (a plain link could not send
   * it) and handed back as a Blob to save.
   */
  exportCsv(query: ReportRangeQuery): Observable<ReportExport> {
    return this.http
      .get(`${this.baseUrl}/calls.csv`, {
        params: rangeParams(query),
        responseType: 'blob',
        observe: 'response',
      })
      .pipe(
        map((response: HttpResponse<Blob>) => ({
          blob: response.body ?? new Blob([], { type: 'text/csv' }),
          filename:
            filenameFromDisposition(
              response.headers.get('Content-Disposition'),
            ) ?? `casebook-calls-${query.from}-to-${query.to}.csv`,
        })),
        catchError(withJsonErrorBody),
      );
  }
}
