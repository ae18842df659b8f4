import { WorkerHeartbeat } from '../app/housekeeping/entities/worker-heartbeat.entity';
import { Organisation } from '../app/organisations/entities/organisation.entity';
import { Region } from '../app/regions/entities/region.entity';
import { User, UserRole } from '../app/users/entities/user.entity';

/** Every entity, listed explicitly so the bundled API needs no file globbing. */
export const ENTITIES = [Region, Organisation, User, UserRole, WorkerHeartbeat];
