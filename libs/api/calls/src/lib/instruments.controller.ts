import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { InstrumentDefinition } from '@casebook/shared/contracts';
import { INSTRUMENTS } from '@casebook/shared/domain';

/** The instrument definitions (items, ranges, bands, sources) the server scores with. */
@ApiTags('instruments')
@ApiBearerAuth()
@Controller('instruments')
export class InstrumentsController {
  @Get()
  list(): readonly InstrumentDefinition[] {
    return INSTRUMENTS;
  }
}
