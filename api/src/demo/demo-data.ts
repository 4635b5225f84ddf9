import type { DataSource, EntityManager } from 'typeorm';
import { Role } from '../common/role.js';
import { hashPassword } from '../auth/password.util.js';
import { UserEntity } from '../auth/entities/user.entity.js';
import { PartnerEntity } from '../partner/entities/partner.entity.js';
import { MembershipEntity } from '../partner/entities/membership.entity.js';
import { loadDemoCohorts } from './demo-cohorts.js';
import { demoExtensions } from './demo-extensions.js';

export const DEMO_PASSWORD = 'beacon-demo';

export const DEMO_PARTNERS = [
  {
    slug: 'global',
    name: 'Outside-In Global',
    region: 'Global',
    countries: ['GB', 'IE', 'NL', 'DE', 'IN', 'AU'],
    timeZone: 'Europe/London',
  },
  {
    slug: 'africa',
    name: 'Outside-In Africa',
    region: 'Africa',
    countries: ['ZA', 'NG', 'KE', 'GH', 'BW'],
    timeZone: 'Africa/Johannesburg',
  },
  {
    slug: 'americas',
    name: 'Outside-In Americas',
    region: 'Americas',
    countries: ['US', 'CA', 'BR', 'MX', 'AR'],
    timeZone: 'America/New_York',
  },
] as const;

type Slug = (typeof DEMO_PARTNERS)[number]['slug'];

export const DEMO_USERS: { email: string; name: string; timeZone: string; roles: [Role, Slug | null][] }[] = [
  { email: 'admin@beacon.test', name: 'Ada Admin', timeZone: 'Europe/London', roles: [[Role.ADMIN, null]] },
  { email: 'partner@beacon.test', name: 'Thandi Nkosi', timeZone: 'Africa/Johannesburg', roles: [[Role.PARTNER_ADMIN, 'africa']] },
  { email: 'partner.americas@beacon.test', name: 'Maria Alvarez', timeZone: 'America/New_York', roles: [[Role.PARTNER_ADMIN, 'americas']] },
  { email: 'coach@beacon.test', name: 'Sipho Dlamini', timeZone: 'Africa/Johannesburg', roles: [[Role.COACH, 'africa']] },
  { email: 'learner@beacon.test', name: 'Lerato Mokoena', timeZone: 'Africa/Johannesburg', roles: [[Role.LEARNER, 'africa']] },
  { email: 'graduate@beacon.test', name: 'Kwame Mensah', timeZone: 'Africa/Accra', roles: [[Role.LEARNER, 'africa']] },
];

/** True when the database holds no users yet: demo data is only ever loaded into an empty one. */
export async function isEmpty(db: DataSource): Promise<boolean> {
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM "user"`);
  return n === 0;
}

/** Loads the demo partners, accounts, programmes and cohorts in one transaction. */
export async function loadDemoData(db: DataSource, now = new Date()): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx: EntityManager) => {
    const partners = new Map<string, string>();
    for (const p of DEMO_PARTNERS) {
      const saved = await tx
        .getRepository(PartnerEntity)
        .save(tx.getRepository(PartnerEntity).create({ ...p, countries: [...p.countries] }));
      partners.set(p.slug, saved.id);
    }
    const users = new Map<string, string>();
    for (const u of DEMO_USERS) {
      const user = await tx
        .getRepository(UserEntity)
        .save(tx.getRepository(UserEntity).create({ email: u.email, name: u.name, timeZone: u.timeZone, passwordHash }));
      users.set(u.email, user.id);
      for (const [role, slug] of u.roles) {
        await tx.getRepository(MembershipEntity).insert({ userId: user.id, role, partnerId: slug ? partners.get(slug)! : null });
      }
    }
    await loadDemoCohorts({ tx, passwordHash, partners, users, adminId: users.get('admin@beacon.test')!, now });
    for (const extend of demoExtensions) await extend({ tx, users, partners, now });
  });
}
