import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { AccessRefusals, type AuthenticatedRequest } from '@casebook/api/core';
import { AuditService } from './audit.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A 403 as an `access.denied` row: who, which route (its pattern, never the query string,
 * which may carry a phone number) and the record it named. The refused request's own
 * transaction has rolled back by now, so this row is written on its own.
 */
@Injectable()
export class AuditedRefusals extends AccessRefusals {
  constructor(private readonly audit: AuditService) {
    super();
  }

  async record(request: Request): Promise<void> {
    const session = (request as Partial<AuthenticatedRequest>).session;
    const id =
      typeof request.params?.['id'] === 'string' &&
      UUID.test(request.params['id'])
        ? request.params['id']
        : null;
    const route =
      typeof request.route?.path === 'string'
        ? `${request.baseUrl}${request.route.path}`
        : 'unknown';
    await this.audit.record({
      actor: session ? session.user : null,
      action: 'access.denied',
      entityId: id,
      details: { method: request.method, route },
    });
  }
}
