import type { RegionCode } from '@skema/contracts';
import type { Organisation } from './entities/organisation.entity';

export interface OrganisationDto {
  id: string;
  legalName: string;
  acronym: string | null;
  registrationNumber: string;
  legalForm: string;
  email: string;
  phone: string | null;
  address: string | null;
  regions: RegionCode[];
  areasOfWork: string[];
  iban: string | null;
  verified: boolean;
  verifiedAt: string | null;
}

export function toOrganisationDto(o: Organisation): OrganisationDto {
  return {
    id: o.id,
    legalName: o.legalName,
    acronym: o.acronym,
    registrationNumber: o.registrationNumber,
    legalForm: o.legalForm,
    email: o.email,
    phone: o.phone,
    address: o.address,
    regions: (o.regions ?? []).map((r) => r.code),
    areasOfWork: o.areasOfWork,
    iban: o.iban,
    verified: o.verifiedAt !== null,
    verifiedAt: o.verifiedAt?.toISOString() ?? null,
  };
}
