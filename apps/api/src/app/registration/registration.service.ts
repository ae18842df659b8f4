import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normaliseIban, normaliseNuis } from '@skema/domain';
import { hash } from 'argon2';
import { type DataSource, In } from 'typeorm';
import { AppException } from '../../common/errors/app.exception';
import { ARGON2_OPTIONS } from '../../common/security/password';
import { LinkTokenService } from '../auth/link-token.service';
import { assertAcceptablePassword } from '../auth/password-rules';
import { NotificationService } from '../notifications/notification.service';
import { Organisation } from '../organisations/entities/organisation.entity';
import { Region } from '../regions/entities/region.entity';
import { User, UserRole } from '../users/entities/user.entity';
import type { RegisterOrganisationDto } from './dto/register-organisation.dto';

export interface Registered {
  organisationId: string;
  userId: string;
}

/**
 * A CSO registers itself and its first applicant. The account can sign in once the e-mail is
 * confirmed; the organisation can submit once a programme manager has verified it.
 */
@Injectable()
export class RegistrationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: LinkTokenService,
    private readonly notifications: NotificationService,
  ) {}

  async register(request: RegisterOrganisationDto): Promise<Registered> {
    const { organisation: org, applicant } = request;
    const email = applicant.email.trim().toLowerCase();
    assertAcceptablePassword(applicant.password, [email, applicant.displayName, org.legalName]);
    const passwordHash = await hash(applicant.password, ARGON2_OPTIONS);
    return this.dataSource.transaction(async (manager) => {
      const registrationNumber = normaliseNuis(org.registrationNumber);
      if (await manager.existsBy(Organisation, { registrationNumber })) {
        throw new AppException('organisation_exists', HttpStatus.CONFLICT);
      }
      if (await manager.existsBy(User, { email })) throw new AppException('email_taken', HttpStatus.CONFLICT);
      const organisation = await manager.save(
        manager.create(Organisation, {
          legalName: org.legalName.trim(),
          acronym: org.acronym?.trim() || null,
          registrationNumber,
          legalForm: org.legalForm,
          email: org.email.trim().toLowerCase(),
          phone: org.phone.trim(),
          address: org.address.trim(),
          areasOfWork: org.areasOfWork,
          iban: normaliseIban(org.iban),
          verifiedAt: null,
          verifiedBy: null,
          regions: await manager.findBy(Region, { code: In(org.regions) }),
        }),
      );
      const user = await manager.save(
        manager.create(User, {
          email,
          displayName: applicant.displayName.trim(),
          locale: applicant.locale,
          passwordHash,
          passwordChangedAt: new Date(),
          organisationId: organisation.id,
          roles: [{ role: 'applicant' }] as UserRole[],
        }),
      );
      const token = await this.links.issue(manager, user.id, 'email_confirmation');
      await this.notifications.notify(manager, {
        userId: user.id,
        kind: 'email_confirmation',
        params: {},
        link: `/confirm-email?token=${token}`,
      });
      const managers = await manager.find(UserRole, { where: { role: 'programme_manager' } });
      for (const { userId } of managers) {
        await this.notifications.notify(manager, {
          userId,
          kind: 'organisation_registered',
          params: { organisationName: organisation.legalName, registrationNumber },
          link: `/organisations/${organisation.id}`,
        });
      }
      return { organisationId: organisation.id, userId: user.id };
    });
  }
}
