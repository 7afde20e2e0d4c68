import type { Routes } from '@angular/router';
import { AuditPage } from './audit-page';
import { provideAuditState } from './provide-audit-state';

/**
 * Mounted at `/audit` by the app, behind `roleGuard(['supervisor', 'admin'])`. Links may
 * carry a filter: `/audit?caseId=…`, `/audit?userId=…`, `/audit?action=report.export`,
 * `from`/`to` as local days (`2026-03-01`).
 */
export const auditRoutes: Routes = [
  {
    path: '',
    providers: [provideAuditState()],
    component: AuditPage,
    title: 'Audit trail · Casebook',
  },
];
