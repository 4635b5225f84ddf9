import { randomUUID } from 'node:crypto';
import {
  isLate,
  pointInWeek,
  reviewProblems,
  rubricMaxPoints,
  type AssignmentDefinition,
  type ProgrammeDefinition,
  type Verdict,
} from '@beacon/domain';
import type { DemoExtensionContext } from '../demo/demo-context.js';
import { reviewReleasedEmail } from './jobs/review-emails.util.js';
import { reviewReleasedDedupeKey } from './jobs/review-notification.service.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

interface DemoCohort {
  id: string;
  name: string;
  start_date: string;
  time_zone: string;
  status: string;
  definition: ProgrammeDefinition;
}

interface DemoEnrolment {
  id: string;
  email: string;
  name: string;
}

/** A review in the demo: level index per criterion (0 = lowest), verdict, released or draft. */
interface DemoReview {
  levels: number[];
  verdict: Verdict;
  feedback: string;
  released: boolean;
  /** after the due point (or the submission, if later); default two days */
  reviewedAfter?: number;
}

const FEEDBACK: Record<Verdict, string> = {
  PASS: 'A clear customer outcome and a sound use of the method. Next, measure how often the failure demand you found occurs.',
  REVISE:
    'You describe the process well, but from the inside out. Rewrite the first section from your customer’s point of view: what outcome do they want, and where does the work fail them? Then resubmit.',
  FAIL: 'This does not yet address the assignment. Let us talk it through in a coaching session.',
};

/**
 * Demo submissions and reviews, inserted in bulk: in the running Africa cohort, weeks 1 and 2
 * (learner@beacon.test has week 1 passed and released and week 2 awaiting review; others have
 * drafts, released reviews, a revision and resubmission, a few late, one missing); in the
 * completed cohort, every graduate has all seven weeks passed.
 */
export async function loadGradingDemo({ tx, users, now }: DemoExtensionContext): Promise<void> {
  const coach = users.get('coach@beacon.test')!;
  const cohorts: DemoCohort[] = await tx.query(
    `SELECT c.id, c.name, c.start_date::text AS start_date, c.time_zone, c.status, pv.definition
       FROM cohort c JOIN programme_version pv ON pv.id = c.programme_version_id JOIN partner p ON p.id = c.partner_id
      WHERE p.slug = 'africa' AND c.status IN ('RUNNING', 'COMPLETED')`,
  );
  const demo = new DemoGrading(now, coach);
  for (const cohort of cohorts) {
    const enrolments: DemoEnrolment[] = await tx.query(
      `SELECT e.id, u.email, u.name FROM enrolment e JOIN "user" u ON u.id = e.user_id WHERE e.cohort_id = $1 ORDER BY u.email`,
      [cohort.id],
    );
    if (cohort.status === 'COMPLETED') {
      for (const e of enrolments) {
        for (const m of cohort.definition.modules.filter((x) => x.assignment)) {
          // reviewed within half a day, so the capstone's pass is out before the cohort ends (credentials count it)
          demo.add(cohort, e, m.week, 1, -DAY - (m.week % 3) * HOUR, {
            levels: [2, 1 + (m.week % 2), 2],
            verdict: 'PASS',
            feedback: FEEDBACK.PASS,
            released: true,
            reviewedAfter: 12 * HOUR,
          });
        }
      }
      continue;
    }
    const lerato = enrolments.find((e) => e.email === 'learner@beacon.test');
    const others = enrolments.filter((e) => e !== lerato);
    if (lerato) {
      demo.add(cohort, lerato, 1, 1, -2 * DAY, { levels: [2, 2, 1], verdict: 'PASS', feedback: FEEDBACK.PASS, released: true });
      demo.add(cohort, lerato, 2, 1, -DAY, null);
    }
    // [week 1, week 2] per learner: hours after the due point (negative: before), and the review
    const plans: [number | null, DemoReview | null, number | null, DemoReview | null][] = [
      [
        -30,
        { levels: [2, 2, 2], verdict: 'PASS', feedback: FEEDBACK.PASS, released: true },
        -20,
        { levels: [2, 1, 1], verdict: 'PASS', feedback: FEEDBACK.PASS, released: true },
      ],
      [
        -4,
        { levels: [2, 1, 1], verdict: 'PASS', feedback: FEEDBACK.PASS, released: true },
        -2,
        { levels: [1, 2, 2], verdict: 'PASS', feedback: 'Good work so far.', released: false },
      ],
      [5, { levels: [1, 1, 0], verdict: 'REVISE', feedback: FEEDBACK.REVISE, released: true }, null, null],
      [-50, { levels: [1, 2, 1], verdict: 'PASS', feedback: FEEDBACK.PASS, released: true }, 6, null],
      [-10, { levels: [2, 1, 2], verdict: 'PASS', feedback: '', released: false }, -8, null],
      [9, { levels: [1, 0, 1], verdict: 'REVISE', feedback: FEEDBACK.REVISE, released: false }, null, null],
      [-1, null, -3, null],
      [null, null, null, null],
    ];
    others.forEach((e, i) => {
      const [h1, r1, h2, r2] = plans[i % plans.length];
      if (h1 !== null) demo.add(cohort, e, 1, 1, h1 * HOUR, r1);
      if (h2 !== null) demo.add(cohort, e, 2, 1, h2 * HOUR, r2);
      // the learner asked to revise resubmits version 2 three days after the week-1 due point (late)
      if (r1?.verdict === 'REVISE' && r1.released) demo.add(cohort, e, 1, 2, 3 * DAY, null);
    });
  }
  await demo.insert(tx);
}

class DemoGrading {
  private readonly submissions: {
    id: string;
    enrolmentId: string;
    week: number;
    version: number;
    assignmentId: string;
    body: string;
    submittedAt: Date;
    dueAt: Date;
  }[] = [];
  private readonly reviews: {
    id: string;
    submissionId: string;
    state: string;
    verdict: Verdict;
    scores: string;
    total: number;
    passMark: number;
    feedback: string;
    at: Date;
    releasedAt: Date | null;
  }[] = [];
  private readonly emails: { to: string; subject: string; body: string; key: string; at: Date }[] = [];

  constructor(
    private readonly now: Date,
    private readonly coachId: string,
  ) {}

  /** A submission `offset` ms from the week's due point, reviewed two days (or `reviewedAfter`) after the due point or after it came in. */
  add(cohort: DemoCohort, e: DemoEnrolment, week: number, version: number, offset: number, review: DemoReview | null): void {
    const a = cohort.definition.modules.find((m) => m.week === week)!.assignment!;
    const dueAt = pointInWeek(cohort.start_date, cohort.time_zone, week, a.dueDay, a.dueTime);
    const submittedAt = this.past(dueAt.getTime() + offset);
    const id = randomUUID();
    this.submissions.push({
      id,
      enrolmentId: e.id,
      week,
      version,
      assignmentId: a.id,
      body: answer(e.name, week, version),
      submittedAt,
      dueAt,
    });
    if (!review) return;
    const scores = scoresFor(a, review.levels);
    const { total, problems } = reviewProblems(a, { scores, verdict: review.verdict, feedback: review.feedback });
    if (problems.length) throw new Error(`demo review of ${e.email} week ${week}: ${problems.join('; ')}`);
    const at = this.past(Math.max(dueAt.getTime(), submittedAt.getTime()) + (review.reviewedAfter ?? 2 * DAY), 30 * 60_000);
    const reviewId = randomUUID();
    this.reviews.push({
      id: reviewId,
      submissionId: id,
      state: review.released ? 'RELEASED' : 'DRAFT',
      verdict: review.verdict,
      scores: JSON.stringify(scores),
      total,
      passMark: a.passMark,
      feedback: review.feedback,
      at,
      releasedAt: review.released ? at : null,
    });
    if (review.released) {
      const email = reviewReleasedEmail({
        learnerName: e.name,
        learnerEmail: e.email,
        locale: 'en',
        coachName: 'Sipho Dlamini',
        cohortName: cohort.name,
        week,
        version,
        assignmentTitle: a.title,
        verdict: review.verdict,
        total,
        maxPoints: rubricMaxPoints(a.rubric),
        passMark: a.passMark,
        appUrl: 'http://localhost:3000',
      });
      this.emails.push({ to: email.to, subject: email.subject, body: email.body, key: reviewReleasedDedupeKey(reviewId), at });
    }
  }

  /** Never in the future: the demo is dated from now. */
  private past(t: number, margin = 60 * 60_000): Date {
    return new Date(Math.min(t, this.now.getTime() - margin));
  }

  async insert(tx: DemoExtensionContext['tx']): Promise<void> {
    const s = this.submissions;
    await tx.query(
      `INSERT INTO submission (id, enrolment_id, week, version, assignment_id, body, submitted_at, due_at, late)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[], $5::text[], $6::text[], $7::timestamptz[], $8::timestamptz[], $9::boolean[])`,
      [
        s.map((x) => x.id),
        s.map((x) => x.enrolmentId),
        s.map((x) => x.week),
        s.map((x) => x.version),
        s.map((x) => x.assignmentId),
        s.map((x) => x.body),
        s.map((x) => x.submittedAt),
        s.map((x) => x.dueAt),
        s.map((x) => isLate(x.submittedAt, x.dueAt)),
      ],
    );
    const r = this.reviews;
    // the audit trigger records each as CREATED (drafts) or RELEASED
    await tx.query(
      `INSERT INTO review (id, submission_id, state, verdict, scores, total, pass_mark, feedback, version, created_by_id, updated_by_id, created_at, updated_at, released_at)
       SELECT id, sid, state, verdict, scores, total, pass_mark, feedback, CASE WHEN state = 'RELEASED' THEN 2 ELSE 1 END, $9, $9, at, at, released_at
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::jsonb[], $6::int[], $7::int[], $8::text[], $10::timestamptz[], $11::timestamptz[])
           AS t(id, sid, state, verdict, scores, total, pass_mark, feedback, at, released_at)`,
      [
        r.map((x) => x.id),
        r.map((x) => x.submissionId),
        r.map((x) => x.state),
        r.map((x) => x.verdict),
        r.map((x) => x.scores),
        r.map((x) => x.total),
        r.map((x) => x.passMark),
        r.map((x) => x.feedback),
        this.coachId,
        r.map((x) => x.at),
        r.map((x) => x.releasedAt),
      ],
    );
    // the messages the released reviews sent back then (so no worker sends them again now)
    const m = this.emails;
    await tx.query(
      `INSERT INTO outbox_message (kind, to_email, subject, body, status, dedupe_key, created_at, delivered_at)
       SELECT 'review-released', to_email, subject, body, 'KEPT', key, at, at FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[]) AS t(to_email, subject, body, key, at)`,
      [m.map((x) => x.to), m.map((x) => x.subject), m.map((x) => x.body), m.map((x) => x.key), m.map((x) => x.at)],
    );
  }
}

/** Scores at the given level index per criterion (clamped to the criterion's levels, lowest first). */
function scoresFor(a: AssignmentDefinition, levels: number[]) {
  return a.rubric.map((c, i) => {
    const sorted = [...c.levels].sort((x, y) => x.points - y.points);
    return { criterionId: c.id, points: sorted[Math.min(levels[i] ?? 0, sorted.length - 1)].points };
  });
}

function answer(name: string, week: number, version: number): string {
  const first = name.split(' ')[0];
  return [
    `## Week ${week}${version > 1 ? ` (revised, version ${version})` : ''}`,
    '',
    `**Customer outcome.** ${first}’s customers want their problem solved the first time they call.`,
    '',
    `**What I found.** About a third of our calls are failure demand: customers chasing something we promised, or correcting something we got wrong.`,
    '',
    `**What I will change.** Remove the two biggest causes of repeat calls and measure failure demand weekly with the team.`,
  ].join('\n');
}
