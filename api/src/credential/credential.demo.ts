import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CredentialService } from './credential.service.js';

/**
 * Issues the demo's credentials through the real service (signed with the issuer key), dated
 * when each graduate completed: after the demo data is in, since it needs the application.
 */
export async function issueDemoCredentials(app: INestApplicationContext): Promise<number> {
  const db = app.get(DataSource);
  const credentials = app.get(CredentialService);
  const graduates: { id: string; completed_at: Date }[] = await db.query(
    `SELECT e.id, e.completed_at FROM enrolment e JOIN cohort c ON c.id = e.cohort_id
      WHERE c.status = 'COMPLETED' AND e.status = 'COMPLETED' ORDER BY e.created_at`,
  );
  let issued = 0;
  for (const g of graduates) {
    const r = await credentials.issue(g.id, new Date(g.completed_at));
    if (r.outcome === 'ISSUED') issued++;
    // signed ahead, so that the first visitor does not wait for the Data Integrity form
    if (r.credentialId) await credentials.dataIntegrity(r.credentialId);
  }
  return issued;
}
