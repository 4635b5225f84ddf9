// The operations measured: the request the web app (or a verifier) sends, how to tell its answer
// is complete, and the raw SQL that returns the same rows straight from PostgreSQL.

export const gql = (query, variables, token) => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  body: JSON.stringify({ query, variables }),
});

// the learner home's fragment, as web/src/modules/learner/graphql/LearnerEnrolmentFields.graphql asks
const MY_ENROLMENTS = `query MyEnrolments { myEnrolments {
  id status outcomeGoal progressPercent completedItems totalItems
  attendance { held attended excused percent }
  due { week title dueAt }
  nextSession { id title week startsAt endsAt durationMinutes joinUrl host { id name } }
  cohort { id name status currentWeek timeZone startDate endDate partnerName
    programme { programmeId code title weeks minAttendancePercent credentialName }
    communityLinks { label url } }
  weeks { week title summary open current opensAt
    contentItems { id kind title body url minutes completed }
    assignment { id title instructions submissionKinds dueAt } } } }`;

// the grading queue, as web/src/modules/grading/graphql/GradingQueue.graphql asks
const GRADING_QUEUE = `query GradingQueue($first: Int!, $offset: Int!, $filter: GradingQueueFilter) { gradingQueue(first: $first, offset: $offset, filter: $filter) {
  total hasMore
  items { id cohortId cohortName week version submittedAt late state
    learner { id name email }
    assignment { id title maxPoints }
    review { id verdict total version } } } }`;

// one page of the roster, as web/src/modules/cohort/graphql/Roster.graphql asks (with EnrolmentFields)
const ROSTER = `query Roster($cohortId: ID!, $search: String, $first: Int, $offset: Int) { roster(cohortId: $cohortId, search: $search, first: $first, offset: $offset) {
  total hasMore
  items { id cohortId status enrolledAt outcomeGoal progressPercent
    learner { id name email }
    attendance { held attended excused counted percent } } } }`;

// one page of the gradebook with the whole cohort's counts, as web/src/modules/grading/graphql/Gradebook.graphql asks
const GRADEBOOK = `query Gradebook($cohortId: ID!, $search: String, $first: Int, $offset: Int, $links: Boolean!) { gradebook(cohortId: $cohortId, search: $search, first: $first, offset: $offset) {
  cohortId cohortName csvUrl total hasMore
  summary { learners awaiting drafts missing late passed possible }
  weeks { week assignmentTitle dueAt maxPoints passMark }
  rows { enrolmentId enrolmentStatus passedWeeks extendedWeeks learner { id name email }
    cells { week state submissionId @include(if: $links) version late overdue verdict total } } } }`;

/** learners per page of the roster and the gradebook, as the web asks */
const PAGE = 50;

const CREDENTIAL = `query Credential($id: ID!) { credential(id: $id) {
  id name learnerName description criteria programmeCode programmeTitle cohortName partnerName issuerName
  issuedAt validUntil status revokedAt revocationReason jwt verificationUrl jsonUrl pdfUrl jwksUrl linkedInUrl
  evidence { kind label met detail at } } }`;

// the outcome dashboards, as web/src/modules/outcome/graphql/*.graphql ask
const MEASURES = `enrolled active withdrawn certified certifiedRate onTimeRate medianDaysToCredential goalReachedRate attendanceRate atRisk`;
export const PARTNER_OUTCOMES = `query PartnerOutcomes($partnerId: ID!) { partnerOutcomes(partnerId: $partnerId) {
  partnerId partnerName totals { ${MEASURES} }
  cohorts { cohortId cohortName startDate endDate status ended programmeCode programmeVersion ${MEASURES} } } }`;
export const NETWORK_OUTCOMES = `query NetworkOutcomes($from: String, $to: String) { networkOutcomes(from: $from, to: $to) { partners { partnerId partnerName cohorts ${MEASURES} } median { ${MEASURES} } } }`;
const AT_RISK = `query AtRiskLearners($cohortId: ID!) { atRiskLearners(cohortId: $cohortId) { enrolmentId learner { id name email } reasons credentialReachable summary } }`;

/** The outcome measures per cohort of the partners given ($1: null for all), as api/src/outcome/outcome.queries.ts groups them. */
const MEASURES_SQL = `
  SELECT c.partner_id, c.id, count(e.id) AS enrolled, count(cr.id) AS certified,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM cr.issued_at - c.start_date::timestamp) / 86400) AS median_days,
         count(*) FILTER (WHERE g.reached = 'YES') AS goal_reached, count(g.reached) AS goal_checked
    FROM cohort c JOIN programme_version v ON v.id = c.programme_version_id
    LEFT JOIN enrolment e ON e.cohort_id = c.id AND e.status <> 'INVITED'
    LEFT JOIN credential cr ON cr.enrolment_id = e.id AND cr.revoked_at IS NULL
    LEFT JOIN LATERAL (SELECT g.reached FROM goal_check_in g WHERE g.enrolment_id = e.id ORDER BY g.kind DESC LIMIT 1) g ON true
   WHERE c.status <> 'DRAFT' AND ($1::uuid IS NULL OR c.partner_id = $1::uuid)
   GROUP BY GROUPING SETS ((c.partner_id, c.id), (c.partner_id))`;

export const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id email } } }`;
export const ISSUE_COHORT = `mutation Issue($cohortId: ID!) { issueCohortCredentials(cohortId: $cohortId) { id total } }`;
export const ISSUANCE_RUN = `query Run($id: ID!) { issuanceRun(id: $id) { id total done issued alreadyHeld notEligible failed finished } }`;

function graphqlData(res) {
  const body = JSON.parse(res.body.toString('utf8'));
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

const ASSIGNMENT_OF = `(SELECT m -> 'assignment' FROM jsonb_array_elements(v.definition -> 'modules') m WHERE (m ->> 'week')::int = s.week)`;

/**
 * Each operation: `requests` (cycled through under load), `check` (throws unless the answer is
 * whole; returns what it holds), `scaling` (a short and a long list, to show the number of
 * queries does not follow the list's length) and `raw` (the same rows in SQL).
 */
export function operations(ctx) {
  const { tokens, fixture, users, credentialIds } = ctx;
  const now = () => new Date();
  const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  return [
    {
      key: 'learnerHome',
      name: 'Learner home (myEnrolments)',
      target: { rps: 1000, p99: 30 },
      requests: [gql(MY_ENROLMENTS, {}, tokens.learner)],
      check: (res) => {
        const list = graphqlData(res).myEnrolments;
        if (list.length !== 1 || list[0].weeks.length !== 7) throw new Error('learner home: expected one enrolment of seven weeks');
        return `${list.length} enrolment, ${list[0].weeks.reduce((n, w) => n + w.contentItems.length, 0)} items`;
      },
      scaling: {
        label: 'enrolments 1 → 3',
        short: gql(MY_ENROLMENTS, {}, tokens.learner),
        long: gql(MY_ENROLMENTS, {}, tokens.returningLearner),
      },
      raw: {
        sql: `
          SELECT e.id, e.status, e.outcome_goal, c.id AS cohort_id, c.name, c.start_date, c.time_zone, c.capacity, c.status AS cohort_status,
                 c.community_links, p.name AS partner_name, v.programme_id, v.version, v.definition,
                 (SELECT count(*) FROM enrolment x WHERE x.cohort_id = c.id AND x.status <> 'WITHDRAWN') AS seats,
                 (SELECT json_agg(json_build_object('id', u.id, 'name', u.name, 'email', u.email) ORDER BY u.name)
                    FROM cohort_coach cc JOIN "user" u ON u.id = cc.user_id WHERE cc.cohort_id = c.id) AS coaches,
                 (SELECT array_agg(cp.content_item_id) FROM content_progress cp WHERE cp.enrolment_id = e.id) AS done,
                 (SELECT json_agg(s ORDER BY s.starts_at) FROM (
                    SELECT ls.id, ls.week, ls.title, ls.starts_at, ls.duration_minutes, ls.join_url, ls.recording_url, u.id AS host_id, u.name AS host_name
                      FROM live_session ls LEFT JOIN "user" u ON u.id = ls.host_id
                     WHERE ls.cohort_id = c.id AND ls.cancelled_at IS NULL AND ls.starts_at + make_interval(mins => ls.duration_minutes) > $2
                     ORDER BY ls.starts_at LIMIT 5) s) AS upcoming,
                 (SELECT json_agg(d) FROM cohort_due_date d WHERE d.cohort_id = c.id) AS overrides,
                 (SELECT json_agg(x) FROM due_extension x WHERE x.enrolment_id = e.id) AS extensions,
                 (SELECT count(*) FROM live_session s WHERE s.cohort_id = c.id AND s.cancelled_at IS NULL AND s.starts_at <= $2) AS held,
                 (SELECT json_build_object('present', count(*) FILTER (WHERE a.status = 'PRESENT'), 'excused', count(*) FILTER (WHERE a.status = 'EXCUSED'))
                    FROM attendance a JOIN live_session s ON s.id = a.live_session_id
                   WHERE a.enrolment_id = e.id AND s.cancelled_at IS NULL AND s.starts_at <= $2) AS attendance
            FROM enrolment e JOIN cohort c ON c.id = e.cohort_id JOIN partner p ON p.id = c.partner_id
            JOIN programme_version v ON v.id = c.programme_version_id
           WHERE e.user_id = $1 AND e.status IN ('INVITED', 'ACTIVE', 'COMPLETED')`,
        params: () => [users.learner, now()],
      },
    },
    {
      key: 'gradingQueue',
      name: 'Coach grading queue (first 20)',
      target: { p95: 50 },
      requests: [gql(GRADING_QUEUE, { first: 20, offset: 0 }, tokens.coach)],
      check: (res) => {
        const q = graphqlData(res).gradingQueue;
        if (q.items.length !== 20) throw new Error('grading queue: expected a full page');
        return `page of ${q.items.length} of ${q.total}`;
      },
      scaling: {
        label: 'page 20 → 100',
        short: gql(GRADING_QUEUE, { first: 20, offset: 0 }, tokens.coach),
        long: gql(GRADING_QUEUE, { first: 100, offset: 0 }, tokens.coach),
      },
      raw: {
        sql: `
          WITH scope AS (SELECT cohort_id FROM cohort_coach WHERE user_id = $1),
          latest AS (
            SELECT s.id, s.submitted_at
              FROM scope JOIN submission s ON s.cohort_id = scope.cohort_id AND s.latest
             WHERE s.enrolment_id NOT IN (SELECT e.id FROM scope JOIN enrolment e ON e.cohort_id = scope.cohort_id WHERE e.status = 'WITHDRAWN')),
          page AS (SELECT id, submitted_at, count(*) OVER () AS total FROM latest ORDER BY submitted_at, id LIMIT 20)
          SELECT s.id, s.enrolment_id, s.week, s.version, s.body, s.link, s.submitted_at, s.due_at, s.late, page.total,
                 u.id AS user_id, u.name, u.email, c.id AS cohort_id, c.name AS cohort_name, ${ASSIGNMENT_OF} AS assignment,
                 r.id AS review_id, r.state, r.verdict, r.total AS review_total, r.scores, r.version AS review_version, r.updated_at, ru.name AS reviewer,
                 (SELECT json_agg(json_build_object('id', s2.id, 'version', s2.version, 'submittedAt', s2.submitted_at, 'late', s2.late, 'verdict', r2.verdict) ORDER BY s2.version DESC)
                    FROM submission s2 LEFT JOIN review r2 ON r2.submission_id = s2.id AND r2.state = 'RELEASED'
                   WHERE s2.enrolment_id = s.enrolment_id AND s2.week = s.week) AS versions
            FROM page JOIN submission s ON s.id = page.id JOIN enrolment e ON e.id = s.enrolment_id JOIN "user" u ON u.id = e.user_id
            JOIN cohort c ON c.id = e.cohort_id JOIN programme_version v ON v.id = c.programme_version_id
            LEFT JOIN review r ON r.submission_id = s.id LEFT JOIN "user" ru ON ru.id = r.updated_by_id
           ORDER BY page.submitted_at, page.id`,
        params: () => [users.coach],
      },
    },
    {
      key: 'roster',
      name: 'Partner roster, 500 learners, first page of 50 (roster)',
      target: { p95: 50 },
      // the web asks for 50 learners a page (web/src/modules/cohort/hooks/useCohorts.ts ROSTER_PAGE)
      requests: [gql(ROSTER, { cohortId: fixture.bigCohortId, first: PAGE, offset: 0 }, tokens.partnerAdmin)],
      check: (res) => {
        const page = graphqlData(res).roster;
        if (page.items.length !== PAGE || page.total !== 500)
          throw new Error(`roster: expected a page of ${PAGE} of 500 learners, got ${page.items.length} of ${page.total}`);
        return `${page.items.length} of ${page.total} learners`;
      },
      scaling: {
        label: 'learners 50 → 500 (a page of 50)',
        short: gql(ROSTER, { cohortId: fixture.smallCohortId, first: PAGE, offset: 0 }, tokens.partnerAdmin),
        long: gql(ROSTER, { cohortId: fixture.bigCohortId, first: PAGE, offset: 0 }, tokens.partnerAdmin),
      },
      // the page's rows only (the API also counts the matching learners in the same query)
      raw: {
        sql: `
          SELECT e.id, e.cohort_id, e.status, e.outcome_goal, e.created_at, u.id AS user_id, u.name, u.email,
                 (SELECT count(*) FROM content_progress cp WHERE cp.enrolment_id = e.id) AS done,
                 a.present, a.excused, held.n AS held,
                 (SELECT sum(jsonb_array_length(m -> 'contentItems')) FROM cohort c JOIN programme_version v ON v.id = c.programme_version_id,
                         jsonb_array_elements(v.definition -> 'modules') m WHERE c.id = $1) AS items
            FROM enrolment e JOIN "user" u ON u.id = e.user_id
           CROSS JOIN (SELECT count(*) AS n FROM live_session WHERE cohort_id = $1 AND cancelled_at IS NULL AND starts_at <= $2) held
            LEFT JOIN (SELECT a.enrolment_id, count(*) FILTER (WHERE a.status = 'PRESENT') AS present, count(*) FILTER (WHERE a.status = 'EXCUSED') AS excused
                         FROM attendance a JOIN live_session s ON s.id = a.live_session_id
                        WHERE s.cohort_id = $1 AND s.cancelled_at IS NULL AND s.starts_at <= $2 GROUP BY a.enrolment_id) a ON a.enrolment_id = e.id
           WHERE e.cohort_id = $1 ORDER BY e.created_at, e.id LIMIT 50`,
        params: () => [fixture.bigCohortId, now()],
      },
    },
    {
      key: 'gradebook',
      name: 'Gradebook, 500 learners, first page of 50 with the cohort’s counts',
      target: { p95: 50 },
      // the web asks for 50 learners a page (web/src/modules/grading/hooks/useGradebook.ts GRADEBOOK_PAGE)
      requests: [gql(GRADEBOOK, { cohortId: fixture.bigCohortId, first: PAGE, offset: 0, links: false }, tokens.partnerAdmin)],
      check: (res) => {
        const g = graphqlData(res).gradebook;
        if (g.rows.length !== PAGE || g.total !== 500 || g.weeks.length !== 7)
          throw new Error(
            `gradebook: expected a page of ${PAGE} of 500 learners × 7 weeks, got ${g.rows.length} of ${g.total} × ${g.weeks.length}`,
          );
        return `${g.rows.length} × ${g.weeks.length} cells of ${g.total} learners`;
      },
      scaling: {
        label: 'learners 50 → 500 (a page of 50)',
        short: gql(GRADEBOOK, { cohortId: fixture.smallCohortId, first: PAGE, offset: 0, links: false }, tokens.partnerAdmin),
        long: gql(GRADEBOOK, { cohortId: fixture.bigCohortId, first: PAGE, offset: 0, links: false }, tokens.partnerAdmin),
      },
      // the same rows the API reads: the page's learners (of all that match, by name), their latest versions and due
      // extensions, and the cohort's counts from the cohort_gradebook roll-up (api/src/grading/gradebook.service.ts)
      raw: {
        sql: `
          WITH f AS (SELECT e.id, e.status, u.id AS user_id, u.name, u.email FROM enrolment e JOIN "user" u ON u.id = e.user_id WHERE e.cohort_id = $1),
               p AS (SELECT * FROM f ORDER BY lower(f.name), f.email, f.id LIMIT ${PAGE})
          SELECT (SELECT count(*) FROM f) AS total, p.*, l.week, l.id AS submission_id, l.version, l.late, l.state, l.verdict, l.total AS points,
                 (SELECT json_agg(x) FROM due_extension x WHERE x.enrolment_id = p.id) AS extensions,
                 (SELECT row_to_json(g) FROM cohort_gradebook g WHERE g.cohort_id = $1) AS counts
            FROM p LEFT JOIN (SELECT s.id, s.enrolment_id, s.week, s.version, s.late, s.review_state AS state, r.verdict, r.total
                                FROM submission s LEFT JOIN LATERAL (SELECT r.verdict, r.total FROM review r WHERE r.submission_id = s.id LIMIT 1) r ON true
                               WHERE s.enrolment_id IN (SELECT id FROM p) AND s.latest) l ON l.enrolment_id = p.id
           ORDER BY lower(p.name), p.email, p.id, l.week`,
        params: () => [fixture.bigCohortId],
      },
    },
    {
      key: 'partnerOutcomes',
      name: 'Partner outcomes (totals and every cohort)',
      // measured once the bulk issuance has run: the partner's completed cohorts then hold 1,000 credentials
      afterIssuance: true,
      target: { p50: 50, constantQueries: true },
      requests: [gql(PARTNER_OUTCOMES, { partnerId: fixture.partnerId }, tokens.partnerAdmin)],
      check: (res) => {
        const o = graphqlData(res).partnerOutcomes;
        if (!o.cohorts.length) throw new Error('partnerOutcomes: no cohorts');
        return `${o.cohorts.length} cohorts, ${o.totals.enrolled} enrolled, ${o.totals.certified} certified, ${o.totals.atRisk ?? 0} at risk`;
      },
      scaling: {
        label: 'cohorts of another partner → the benchmark partner’s 31',
        short: gql(PARTNER_OUTCOMES, { partnerId: fixture.otherPartnerId }, tokens.admin),
        long: gql(PARTNER_OUTCOMES, { partnerId: fixture.partnerId }, tokens.admin),
      },
      raw: { sql: MEASURES_SQL, params: () => [fixture.partnerId] },
    },
    {
      key: 'networkOutcomes',
      name: 'Network outcomes (admin, every partner)',
      afterIssuance: true,
      target: { p50: 50, constantQueries: true },
      requests: [gql(NETWORK_OUTCOMES, {}, tokens.admin)],
      check: (res) => {
        const n = graphqlData(res).networkOutcomes;
        if (n.partners.length < 2) throw new Error(`networkOutcomes: ${n.partners.length} partners`);
        return `${n.partners.length} partners, ${n.partners.reduce((k, p) => k + p.cohorts, 0)} cohorts`;
      },
      scaling: {
        label: 'cohorts starting in the last week → all 300',
        short: gql(NETWORK_OUTCOMES, { from: day(-7), to: day(0) }, tokens.admin),
        long: gql(NETWORK_OUTCOMES, {}, tokens.admin),
      },
      raw: { sql: MEASURES_SQL, params: () => [null] },
    },
    {
      key: 'atRiskLearners',
      name: 'At-risk learners of the 500-learner cohort',
      target: { p50: 50, constantQueries: true },
      requests: [gql(AT_RISK, { cohortId: fixture.bigCohortId }, tokens.coach)],
      check: (res) => `${graphqlData(res).atRiskLearners.length} at risk`,
      scaling: {
        label: 'learners 50 → 500',
        short: gql(AT_RISK, { cohortId: fixture.smallCohortId }, tokens.coach),
        long: gql(AT_RISK, { cohortId: fixture.bigCohortId }, tokens.coach),
      },
      raw: {
        sql: `
          SELECT e.id, u.name, u.email,
                 (SELECT count(*) FROM attendance a WHERE a.enrolment_id = e.id AND a.status = 'PRESENT') AS attended,
                 (SELECT json_agg(json_build_object('week', s.week, 'version', s.version, 'state', s.review_state)) FROM submission s WHERE s.enrolment_id = e.id AND s.latest) AS weeks,
                 (SELECT count(*) FROM booking b WHERE b.enrolment_id = e.id AND b.status = 'CONFIRMED') AS booked
            FROM enrolment e JOIN "user" u ON u.id = e.user_id WHERE e.cohort_id = $1 AND e.status = 'ACTIVE' ORDER BY u.name`,
        params: () => [fixture.bigCohortId],
      },
    },
    {
      key: 'credentialJson',
      name: 'Credential verification: GET /credentials/:id.json',
      target: {},
      short: true,
      requests: credentialIds.slice(0, 200).map((id) => ({ method: 'GET', path: `/credentials/${id}.json` })),
      check: (res) => {
        const body = JSON.parse(res.body.toString('utf8'));
        if (![].concat(body.proof ?? []).some((p) => p?.type === 'DataIntegrityProof'))
          throw new Error('credential json: no Data Integrity proof');
        return 'one credential with its Data Integrity proof (eddsa-rdfc-2022)';
      },
      raw: { sql: `SELECT jwt, data_integrity FROM credential WHERE id = $1`, params: (i) => [credentialIds[i % 200]] },
    },
    {
      key: 'credentialJwt',
      name: 'Credential verification: GET /credentials/:id.jwt',
      target: {},
      short: true,
      requests: credentialIds.slice(0, 200).map((id) => ({ method: 'GET', path: `/credentials/${id}.jwt` })),
      check: (res) => {
        const jwt = res.body.toString('utf8');
        if (jwt.split('.').length !== 3) throw new Error('credential jwt: not a compact JWS');
        return 'one VC-JWT';
      },
      raw: { sql: `SELECT jwt FROM credential WHERE id = $1`, params: (i) => [credentialIds[i % 200]] },
    },
    {
      key: 'jwks',
      name: 'Credential verification: GET /.well-known/jwks.json',
      target: {},
      short: true,
      requests: [{ method: 'GET', path: '/.well-known/jwks.json' }],
      check: (res) => {
        const body = JSON.parse(res.body.toString('utf8'));
        if (!body.keys?.length) throw new Error('jwks: no keys');
        return `${body.keys.length} key`;
      },
      raw: { sql: `SELECT kid, public_jwk FROM issuer_key ORDER BY created_at`, params: () => [] },
    },
    {
      key: 'credentialGraphql',
      name: 'Credential verification: GraphQL credential(id)',
      target: {},
      short: true,
      requests: credentialIds.slice(0, 200).map((id) => gql(CREDENTIAL, { id })),
      check: (res) => {
        const c = graphqlData(res).credential;
        if (c.status !== 'ACTIVE') throw new Error('credential: not active');
        return 'one credential';
      },
      raw: {
        sql: `SELECT cr.*, p.name AS partner_name, c.name AS cohort_name, v.definition ->> 'title' AS programme_title
                FROM credential cr JOIN cohort c ON c.id = cr.cohort_id JOIN partner p ON p.id = cr.partner_id
                JOIN programme_version v ON v.id = c.programme_version_id WHERE cr.id = $1`,
        params: (i) => [credentialIds[i % 200]],
      },
    },
  ];
}
