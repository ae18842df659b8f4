import type { ConsolidationStatusDto } from '@skema/contracts';
import type { ChipTone } from '../state-chip.component';

/** How a consolidation state reads at a glance; the chip always says it in words too. */
export const CONSOLIDATION_TONES: Readonly<Record<ConsolidationStatusDto, ChipTone>> = {
  consolidated: 'success',
  divergent: 'danger',
  incomplete: 'progress',
};
