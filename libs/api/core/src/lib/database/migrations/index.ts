import { CreateUsersAndSessions1764000000000 } from './1764000000000-create-users-and-sessions';
import { CreateAuditEvents1764100000000 } from './1764100000000-create-audit-events';
import { CreateCases1764200000000 } from './1764200000000-create-cases';
import { CreateCalls1764300000000 } from './1764300000000-create-calls';
import { CreateCallbacks1764400000000 } from './1764400000000-create-callbacks';
import { CreateReferralResources1764500000000 } from './1764500000000-create-referral-resources';
import { CreateReportRollups1764600000000 } from './1764600000000-create-report-rollups';
import { SubstancesAndEmergencyPaths1764700000000 } from './1764700000000-substances-and-emergency-paths';
import { NationalLines1764800000000 } from './1764800000000-national-lines';
import { SafetyFigures1764900000000 } from './1764900000000-safety-figures';
import { CallerRelation1765000000000 } from './1765000000000-caller-relation';
import { DiscardedDrafts1765100000000 } from './1765100000000-discarded-drafts';
import { RelationRollups1765200000000 } from './1765200000000-relation-rollups';

/** Every migration, oldest first. A new migration is added here and nowhere else. */
export const MIGRATIONS = [
  CreateUsersAndSessions1764000000000,
  CreateAuditEvents1764100000000,
  CreateCases1764200000000,
  CreateCalls1764300000000,
  CreateCallbacks1764400000000,
  CreateReferralResources1764500000000,
  CreateReportRollups1764600000000,
  SubstancesAndEmergencyPaths1764700000000,
  NationalLines1764800000000,
  SafetyFigures1764900000000,
  CallerRelation1765000000000,
  DiscardedDrafts1765100000000,
  RelationRollups1765200000000,
];
