import type { AreaOfWork, LegalForm, OrganisationDto } from '@skema/contracts';

export type { OrganisationDto };
import type { Organisation } from './entities/organisation.entity';


export function toOrganisationDto(o: Organisation): OrganisationDto {
  return {
    id: o.id,
    legalName: o.legalName,
    acronym: o.acronym,
    registrationNumber: o.registrationNumber,
    legalForm: o.legalForm as LegalForm,
    email: o.email,
    phone: o.phone,
    address: o.address,
    regions: (o.regions ?? []).map((r) => r.code),
    areasOfWork: o.areasOfWork as AreaOfWork[],
    iban: o.iban,
    verified: o.verifiedAt !== null,
    verifiedAt: o.verifiedAt?.toISOString() ?? null,
  };
}
