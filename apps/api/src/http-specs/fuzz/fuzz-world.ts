import { randomUUID } from 'node:crypto';
import type { Role } from '@casebook/shared/contracts';
import {
  bearer,
  demoAccount,
  signIn,
  TEST_ADMIN,
  type TestApp,
} from '../../testing/test-app';
import type { Operation } from './openapi-operations';
import {
  type BodyRefs,
  fixtureBody,
  LOGIN_FUZZ_USERNAME,
} from './valid-bodies';

/** The record a path's `{id}` names, and the version a valid update carries. */
export interface Target {
  id: string;
  version: number | null;
}

interface TargetSource {
  create(): Promise<Target>;
  /** `each`: a fresh record per request (finalize); `after-write`: after a successful write (it may be closed now). */
  renew: 'each' | 'after-write' | 'never';
}

const LOGOUT_ACCOUNT = {
  username: 'fuzz.logout',
  password: 'fuzz logout password',
  displayName: 'Fuzz Logout',
  role: 'counselor' as const,
};
const TARGET_ACCOUNT = {
  username: LOGIN_FUZZ_USERNAME,
  password: 'fuzz target password',
  displayName: 'Fuzz Target',
  role: 'counselor' as const,
};
const ROLES: Role[] = ['counselor', 'supervisor', 'admin'];

/**
 * The records and sessions the fuzzer needs, made with valid requests before any bad one:
 * a token per role, a case, a finalized call, a directory entry, and per `{id}` path a
 * record of the right kind (renewed when a request used it up).
 */
export class FuzzWorld {
  private readonly tokens = new Map<Role, string>();
  private readonly roles = new Map<string, Role>();
  private readonly targets = new Map<string, Target>();
  private readonly sources: Record<string, TargetSource>;
  private logoutToken: string | null = null;
  private counter = 0;
  private refs = {
    caseId: '',
    finalCallId: '',
    resourceId: '',
    counselorId: '',
    targetUserId: '',
  };

  private constructor(readonly t: TestApp) {
    const once = (id: () => string): TargetSource => ({
      create: async () => ({ id: id(), version: null }),
      renew: 'never',
    });
    this.sources = {
      '/api/users/{id}': once(() => this.refs.targetUserId),
      '/api/cases/{id}': {
        create: () => this.createCase(),
        renew: 'after-write',
      },
      '/api/cases/{id}/symptoms': once(() => this.refs.caseId),
      '/api/calls/{id}': { create: () => this.createDraft(), renew: 'never' },
      '/api/calls/{id}/finalize': {
        create: () => this.createDraft(),
        renew: 'each',
      },
      '/api/calls/{id}/discard': {
        create: () => this.createDraft(),
        renew: 'each',
      },
      '/api/calls/{id}/addenda': once(() => this.refs.finalCallId),
      '/api/callbacks/{id}': {
        create: () => this.createCallback(),
        renew: 'after-write',
      },
      '/api/resources/{id}': {
        create: () => this.createResource(),
        renew: 'never',
      },
    };
  }

  static async create(t: TestApp): Promise<FuzzWorld> {
    const world = new FuzzWorld(t);
    await world.setUp();
    return world;
  }

  private async setUp(): Promise<void> {
    for (const role of ROLES) {
      const account = role === 'admin' ? TEST_ADMIN : demoAccount(role);
      this.tokens.set(
        role,
        await signIn(this.t, account.username, account.password),
      );
    }
    this.refs.counselorId = (
      await this.valid('get', '/api/auth/me', 'counselor')
    ).id as string;
    this.refs.targetUserId = (
      await this.valid('post', '/api/users', 'admin', TARGET_ACCOUNT)
    ).id as string;
    await this.valid('post', '/api/users', 'admin', LOGOUT_ACCOUNT);
    this.refs.resourceId = (await this.createResource()).id;
    this.refs.caseId = (await this.createCase()).id;
    const call = await this.createDraft();
    await this.valid('post', `/api/calls/${call.id}/finalize`, 'counselor');
    this.refs.finalCallId = call.id;
  }

  bodyRefs(target: Target | null): BodyRefs {
    return {
      now: this.t.clock.now(),
      ...this.refs,
      targetVersion: target?.version ?? null,
      unique: () => ++this.counter,
    };
  }

  /** The bearer token for an operation: none for public ones, a fresh session for logout. */
  async tokenFor(operation: Operation): Promise<string | null> {
    if (!operation.secured) return null;
    if (operation.path === '/api/auth/logout') {
      this.logoutToken ??= await signIn(
        this.t,
        LOGOUT_ACCOUNT.username,
        LOGOUT_ACCOUNT.password,
      );
      return this.logoutToken;
    }
    return this.tokens.get(await this.roleFor(operation)) ?? null;
  }

  /** The first role, least privileged first, that the operation does not refuse (401/403) outright. */
  private async roleFor(operation: Operation): Promise<Role> {
    const known = this.roles.get(operation.label);
    if (known) return known;
    let chosen: Role = 'admin';
    for (const role of ROLES) {
      const path = operation.path.replace(/\{[^}]+\}/g, randomUUID());
      const response = await this.t.http[operation.method](path).set(
        bearer(this.tokens.get(role) ?? ''),
      );
      if (response.status !== 401 && response.status !== 403) {
        chosen = role;
        break;
      }
    }
    this.roles.set(operation.label, chosen);
    return chosen;
  }

  async targetFor(operation: Operation): Promise<Target | null> {
    const source = this.sources[operation.path];
    if (!source)
      return operation.pathParameters.length
        ? { id: randomUUID(), version: null }
        : null;
    let target = this.targets.get(operation.path);
    if (!target || source.renew === 'each') {
      target = await source.create();
      this.targets.set(operation.path, target);
    }
    return target;
  }

  /** Keeps versions current and renews records a request used up. */
  noteResponse(operation: Operation, status: number, body: unknown): void {
    if (
      operation.path === '/api/auth/logout' &&
      (status < 300 || status === 401)
    )
      this.logoutToken = null;
    const target = this.targets.get(operation.path);
    if (!target || status >= 300) return;
    const record = body as { id?: unknown; version?: unknown } | null;
    if (record?.id === target.id && typeof record.version === 'number')
      target.version = record.version;
    if (
      operation.method !== 'get' &&
      this.sources[operation.path]?.renew === 'after-write'
    )
      this.targets.delete(operation.path);
  }

  private async createCase(): Promise<Target> {
    return this.asTarget(
      await this.valid('post', '/api/cases', 'counselor', {
        alias: 'Fuzz target case',
        phone: '(312) 555-0199',
      }),
    );
  }

  private async createDraft(): Promise<Target> {
    return this.asTarget(
      await this.valid(
        'post',
        '/api/calls',
        'counselor',
        fixtureBody('CreateCallDto', this.bodyRefs(null)),
      ),
    );
  }

  private async createCallback(): Promise<Target> {
    const dueAt = new Date(
      this.t.clock.now().getTime() + 60 * 60_000,
    ).toISOString();
    return this.asTarget(
      await this.valid('post', '/api/callbacks', 'counselor', {
        caseId: this.refs.caseId,
        dueAt,
        reason: 'Fuzz target',
      }),
    );
  }

  private async createResource(): Promise<Target> {
    return this.asTarget(
      await this.valid('post', '/api/resources', 'admin', {
        name: `Fuzz Clinic ${++this.counter}`,
        type: 'detox',
      }),
    );
  }

  private asTarget(record: Record<string, unknown>): Target {
    return {
      id: record.id as string,
      version: typeof record.version === 'number' ? record.version : null,
    };
  }

  /** A set-up request that must succeed; a failure here is a broken fixture, said plainly. */
  private async valid(
    method: 'get' | 'post',
    path: string,
    role: Role,
    body?: object,
  ): Promise<Record<string, unknown>> {
    const request = this.t.http[method](path).set(
      bearer(this.tokens.get(role) ?? ''),
    );
    const response = body ? await request.send(body) : await request;
    if (response.status >= 300)
      throw new Error(
        `fuzz set-up: ${method.toUpperCase()} ${path} answered ${response.status} ${response.text.slice(0, 500)}`,
      );
    return response.body as Record<string, unknown>;
  }
}
