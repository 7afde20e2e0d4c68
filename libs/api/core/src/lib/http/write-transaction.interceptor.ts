import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { OWN_TRANSACTIONS } from '../auth/auth-decorators';
import { UnitOfWork } from '../database/unit-of-work';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every write request is one transaction: the records it changes and the audit rows that
 * say so commit together, and a request that fails halfway leaves nothing behind. Routes
 * marked @OwnTransactions() (sign-in, which must not hold a transaction while it hashes)
 * open their own.
 */
@Injectable()
export class WriteTransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const ownTransactions = this.reflector.getAllAndOverride<boolean>(
      OWN_TRANSACTIONS,
      [context.getHandler(), context.getClass()],
    );
    if (READ_METHODS.has(request.method) || ownTransactions)
      return next.handle();
    return from(
      this.unitOfWork.run(() =>
        lastValueFrom(next.handle(), { defaultValue: undefined }),
      ),
    );
  }
}
