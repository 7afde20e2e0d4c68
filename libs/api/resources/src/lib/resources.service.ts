import {
  ConflictException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import type { CountryCode } from 'libphonenumber-js';
import type {
  CreateResourceRequest,
  Page,
  ReferralResource,
  ReferralType,
  UpdateResourceRequest,
} from '@casebook/shared/contracts';
import { normalizeDirectoryPhone } from '@casebook/shared/domain';
import {
  APP_CONFIG,
  type AppConfig,
  Clock,
  containsPattern,
  RequestValidationError,
  UnitOfWork,
} from '@casebook/api/core';
import { ResourceEntity } from './resource.entity';

export interface ResourceSearch {
  q?: string;
  type?: ReferralType;
  national?: boolean;
  includeInactive?: boolean;
  page: number;
  pageSize: number;
}

/** The referral directory counselors search from the call screen. */
@Injectable()
export class ResourcesService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  private get resources(): Repository<ResourceEntity> {
    return this.unitOfWork.repository(ResourceEntity);
  }

  async search(search: ResourceSearch): Promise<Page<ReferralResource>> {
    const query = this.resources.createQueryBuilder('r');
    if (!search.includeInactive)
      query.andWhere('r.active = :active', { active: true });
    if (search.type) query.andWhere('r.type = :type', { type: search.type });
    if (search.national !== undefined)
      query.andWhere('r.national = :national', { national: search.national });
    if (search.q) {
      // A counselor looking for "spanish" means the languages a service speaks as much as its name.
      query.andWhere(
        `(r.name_search LIKE :q ESCAPE '\\' OR LOWER(r.languages) LIKE :q ESCAPE '\\')`,
        {
          q: containsPattern(search.q.toLowerCase()),
        },
      );
    }
    const [rows, total] = await query
      .orderBy('r.name_search', 'ASC')
      .skip((search.page - 1) * search.pageSize)
      .take(search.pageSize)
      .getManyAndCount();
    return {
      items: rows.map(toResource),
      total,
      page: search.page,
      pageSize: search.pageSize,
    };
  }

  async create(request: CreateResourceRequest): Promise<ReferralResource> {
    const now = this.clock.now();
    const row = this.resources.create({
      id: randomUUID(),
      name: request.name,
      nameSearch: request.name.toLowerCase(),
      type: request.type,
      phone: request.phone ? this.storedPhone(request.phone) : null,
      hours: request.hours || null,
      languages: JSON.stringify(request.languages ?? []),
      notes: request.notes || null,
      national: request.national ?? false,
      active: true,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    return toResource(await this.resources.save(row));
  }

  async update(
    id: string,
    change: UpdateResourceRequest,
  ): Promise<ReferralResource> {
    const row = await this.resources.findOneBy({ id });
    if (!row) throw new NotFoundException('No such directory entry');
    if (row.version !== change.version)
      throw new ConflictException(
        'This entry was changed since you loaded it; reload it',
      );
    const patch: Partial<ResourceEntity> = {
      updatedAt: this.clock.now(),
      version: row.version + 1,
    };
    if (change.name !== undefined)
      Object.assign(patch, {
        name: change.name,
        nameSearch: change.name.toLowerCase(),
      });
    if (change.type !== undefined) patch.type = change.type;
    if (change.phone !== undefined)
      patch.phone = change.phone ? this.storedPhone(change.phone) : null;
    if (change.hours !== undefined) patch.hours = change.hours || null;
    if (change.languages !== undefined)
      patch.languages = JSON.stringify(change.languages);
    if (change.notes !== undefined) patch.notes = change.notes || null;
    if (change.national !== undefined) patch.national = change.national;
    if (change.active !== undefined) patch.active = change.active;
    const result = await this.resources.update(
      { id, version: change.version },
      patch,
    );
    if (!result.affected)
      throw new ConflictException(
        'This entry was changed since you loaded it; reload it',
      );
    return toResource(await this.resources.findOneByOrFail({ id }));
  }

  /** One entry, retired or not: an old call record still names the entry it referred to. */
  async get(id: string): Promise<ReferralResource> {
    const row = await this.resources.findOneBy({ id });
    if (!row) throw new NotFoundException('No such directory entry');
    return toResource(row);
  }

  async exists(id: string): Promise<boolean> {
    return this.resources.existsBy({ id });
  }

  /** E.164, or a short dialling code such as 988 as its digits (ADR 26). */
  private storedPhone(phone: string): string {
    const normalized = normalizeDirectoryPhone(
      phone,
      this.config.phoneDefaultCountry as CountryCode,
    );
    if (!normalized.ok)
      throw new RequestValidationError([
        { field: 'phone', message: 'phone is not a phone number' },
      ]);
    return normalized.phone;
  }
}

function toResource(row: ResourceEntity): ReferralResource {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    phone: row.phone,
    hours: row.hours,
    languages: JSON.parse(row.languages) as string[],
    notes: row.notes,
    national: row.national,
    active: row.active,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
