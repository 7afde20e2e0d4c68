import {
  Body,
  Controller,
  Get,
  HttpCode,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type {
  LoginResponse,
  SessionCheckResponse,
  SessionUser,
} from '@casebook/shared/contracts';
import {
  CurrentSession,
  OwnTransactions,
  PassiveSession,
  Public,
  type RequestSession,
} from '@casebook/api/core';
import { AuditService } from '@casebook/api/audit';
import { LoginDto } from './login.dto';
import { SessionCheckQuery } from './session-check.query';
import { LoginService } from './login.service';
import { SessionService } from './sessions/session.service';
import { TooManyLoginAttempts } from './throttle/login-throttle';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly login: LoginService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  @Public()
  @OwnTransactions()
  @Post('login')
  @HttpCode(200)
  async signIn(
    @Body() body: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponse> {
    try {
      return await this.login.signIn(
        body.username,
        body.password,
        request.ip ?? 'unknown',
      );
    } catch (error) {
      if (error instanceof TooManyLoginAttempts)
        response.setHeader('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
  }

  @ApiBearerAuth()
  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentSession() session: RequestSession): Promise<void> {
    await this.sessions.end(session.sessionId, 'signed-out');
    await this.audit.record({
      actor: session.user,
      action: 'auth.logout',
      entityType: 'user',
      entityId: session.user.id,
    });
  }

  /**
   * The dashboard's check before it warns of an idle sign-out: not activity in itself, but
   * a counselor on an open call stays signed in, and the reply's Session-Expires-At says so.
   */
  @ApiBearerAuth()
  @PassiveSession()
  @Get('session')
  session(
    @Query() _query: SessionCheckQuery,
    @CurrentSession() session: RequestSession,
  ): SessionCheckResponse {
    return {
      expiresAt: session.expiresAt.toISOString(),
      onCall: session.onCall ?? false,
    };
  }

  /** Who am I; also how the dashboard's "stay signed in" restarts the idle timer. */
  @ApiBearerAuth()
  @Get('me')
  me(@CurrentSession() session: RequestSession): SessionUser {
    return session.user;
  }
}
