import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { availabilityProblems, type SlotRules } from '@beacon/domain';
import { badInput } from '../common/errors.js';
import type { Viewer } from '../auth/viewer.js';
import { UserEntity } from '../auth/entities/user.entity.js';
import { CoachAvailabilityEntity } from './entities/coach-availability.entity.js';
import { CoachWeeklyHoursEntity } from './entities/coach-weekly-hours.entity.js';
import { AvailabilityExceptionEntity, AvailabilityExceptionKind } from './entities/availability-exception.entity.js';
import type { AvailabilityModel } from './dto/availability.model.js';
import type { AvailabilityInput } from './dto/availability.input.js';
import { bookingErrors as msg } from './booking.errors.js';

/** What a coach who has not saved availability sees in the form. */
const DEFAULTS = {
  slotMinutes: 45,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 15,
  minNoticeMinutes: 12 * 60,
  horizonDays: 21,
  cancellationCutoffMinutes: 24 * 60,
};

/** A coach's published availability, ready for the slot maths. */
export interface CoachRules {
  coachId: string;
  rules: SlotRules;
  cancellationCutoffMinutes: number;
  meetingUrl: string | null;
  updatedAt: Date;
}

/** PostgreSQL gives a time as HH:MM:SS (24:00:00 for midnight); the API speaks HH:MM. */
const hhmm = (t: string) => t.slice(0, 5);

@Injectable()
export class AvailabilityService {
  constructor(private readonly db: DataSource) {}

  async get(coachId: string): Promise<AvailabilityModel> {
    const r = (await this.rulesFor(this.db.manager, [coachId])).get(coachId);
    if (!r) {
      const user = await this.db.getRepository(UserEntity).findOneOrFail({ where: { id: coachId } });
      return {
        coachId,
        published: false,
        timeZone: user.timeZone,
        weeklyHours: [],
        exceptions: [],
        ...DEFAULTS,
        meetingUrl: null,
        updatedAt: null,
      };
    }
    return {
      coachId,
      published: true,
      timeZone: r.rules.timeZone,
      weeklyHours: r.rules.weekly,
      exceptions: r.rules.exceptions.map((e) => ({
        date: e.date,
        kind: e.kind as AvailabilityExceptionKind,
        start: e.kind === 'EXTRA_HOURS' ? e.start : null,
        end: e.kind === 'EXTRA_HOURS' ? e.end : null,
      })),
      slotMinutes: r.rules.slotMinutes,
      bufferBeforeMinutes: r.rules.bufferBeforeMinutes,
      bufferAfterMinutes: r.rules.bufferAfterMinutes,
      minNoticeMinutes: r.rules.minNoticeMinutes,
      horizonDays: r.rules.horizonDays,
      cancellationCutoffMinutes: r.cancellationCutoffMinutes,
      meetingUrl: r.meetingUrl,
      updatedAt: r.updatedAt,
    };
  }

  /**
   * Replaces the coach's availability in one transaction. Bookings already made stay; the new
   * rules apply to slots offered from now on. Taking the availability row's lock makes a
   * booking in flight finish against the old rules or start against the new ones.
   */
  async set(viewer: Viewer, input: AvailabilityInput): Promise<AvailabilityModel> {
    const user = await this.db.getRepository(UserEntity).findOneOrFail({ where: { id: viewer.userId } });
    const rules: SlotRules = {
      timeZone: input.timeZone ?? user.timeZone,
      weekly: input.weeklyHours.map((w) => ({ weekday: w.weekday, start: w.start, end: w.end })),
      exceptions: (input.exceptions ?? []).map((e) => {
        if (e.kind === AvailabilityExceptionKind.DAY_OFF) {
          if (e.start || e.end) throw badInput(msg.dayOffWithHours.with({ date: e.date }), { field: 'exceptions' });
          return { date: e.date, kind: 'DAY_OFF' as const };
        }
        if (!e.start || !e.end) throw badInput(msg.extraHoursNeedRange.with({ date: e.date }), { field: 'exceptions' });
        return { date: e.date, kind: 'EXTRA_HOURS' as const, start: e.start, end: e.end };
      }),
      slotMinutes: input.slotMinutes,
      bufferBeforeMinutes: input.bufferBeforeMinutes ?? 0,
      bufferAfterMinutes: input.bufferAfterMinutes ?? 0,
      minNoticeMinutes: input.minNoticeMinutes,
      horizonDays: input.horizonDays,
    };
    const problems = availabilityProblems(rules);
    const keys = new Set<string>();
    for (const w of rules.weekly) {
      const key = `${w.weekday}/${w.start}`;
      if (keys.has(key)) problems.push(`Two ranges start at ${w.start} on the same weekday (${w.weekday})`);
      keys.add(key);
    }
    if (problems.length) throw badInput(problems.join('; '), { problems });

    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO coach_availability (coach_id, time_zone, slot_minutes, buffer_before_minutes, buffer_after_minutes, min_notice_minutes, horizon_days, cancellation_cutoff_minutes, meeting_url, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())
         ON CONFLICT (coach_id) DO UPDATE SET time_zone = EXCLUDED.time_zone, slot_minutes = EXCLUDED.slot_minutes,
           buffer_before_minutes = EXCLUDED.buffer_before_minutes, buffer_after_minutes = EXCLUDED.buffer_after_minutes,
           min_notice_minutes = EXCLUDED.min_notice_minutes, horizon_days = EXCLUDED.horizon_days,
           cancellation_cutoff_minutes = EXCLUDED.cancellation_cutoff_minutes, meeting_url = EXCLUDED.meeting_url, updated_at = now()`,
        [
          viewer.userId,
          rules.timeZone,
          rules.slotMinutes,
          rules.bufferBeforeMinutes,
          rules.bufferAfterMinutes,
          rules.minNoticeMinutes,
          rules.horizonDays,
          input.cancellationCutoffMinutes,
          input.meetingUrl || null,
        ],
      );
      await AvailabilityService.replaceHours(tx, viewer.userId, rules);
    });
    return this.get(viewer.userId);
  }

  /** Writes weekly hours and exceptions (also used by the demo data). */
  static async replaceHours(tx: EntityManager, coachId: string, rules: Pick<SlotRules, 'weekly' | 'exceptions'>): Promise<void> {
    await tx.delete(CoachWeeklyHoursEntity, { coachId });
    await tx.delete(AvailabilityExceptionEntity, { coachId });
    if (rules.weekly.length) {
      await tx.insert(
        CoachWeeklyHoursEntity,
        rules.weekly.map((w) => ({ coachId, weekday: w.weekday, starts: w.start, ends: w.end })),
      );
    }
    if (rules.exceptions.length) {
      await tx.insert(
        AvailabilityExceptionEntity,
        rules.exceptions.map((e) => ({
          coachId,
          date: e.date,
          kind: e.kind as AvailabilityExceptionKind,
          starts: e.kind === 'EXTRA_HOURS' ? e.start : null,
          ends: e.kind === 'EXTRA_HOURS' ? e.end : null,
        })),
      );
    }
  }

  /**
   * The published rules of several coaches in three queries. With `lock`, the coaches'
   * availability rows are locked until the transaction ends: bookings of one coach are checked
   * one after the other, so buffers hold even for slots that do not overlap.
   */
  async rulesFor(tx: EntityManager, coachIds: string[], opts: { lock?: boolean } = {}): Promise<Map<string, CoachRules>> {
    const result = new Map<string, CoachRules>();
    if (coachIds.length === 0) return result;
    const rows: CoachAvailabilityEntity[] = opts.lock
      ? await tx
          .getRepository(CoachAvailabilityEntity)
          .createQueryBuilder('a')
          .where('a.coach_id IN (:...ids)', { ids: coachIds })
          .orderBy('a.coach_id')
          .setLock('pessimistic_write')
          .getMany()
      : await tx.getRepository(CoachAvailabilityEntity).find({ where: { coachId: In(coachIds) } });
    if (rows.length === 0) return result;
    const ids = rows.map((r) => r.coachId);
    const [hours, exceptions] = await Promise.all([
      tx.getRepository(CoachWeeklyHoursEntity).find({ where: { coachId: In(ids) }, order: { weekday: 'ASC', starts: 'ASC' } }),
      tx.getRepository(AvailabilityExceptionEntity).find({ where: { coachId: In(ids) }, order: { date: 'ASC', starts: 'ASC' } }),
    ]);
    for (const a of rows) {
      result.set(a.coachId, {
        coachId: a.coachId,
        rules: {
          timeZone: a.timeZone,
          weekly: hours
            .filter((h) => h.coachId === a.coachId)
            .map((h) => ({ weekday: h.weekday, start: hhmm(h.starts), end: hhmm(h.ends) })),
          exceptions: exceptions
            .filter((e) => e.coachId === a.coachId)
            .map((e) =>
              e.kind === AvailabilityExceptionKind.DAY_OFF
                ? { date: e.date, kind: 'DAY_OFF' as const }
                : { date: e.date, kind: 'EXTRA_HOURS' as const, start: hhmm(e.starts!), end: hhmm(e.ends!) },
            ),
          slotMinutes: a.slotMinutes,
          bufferBeforeMinutes: a.bufferBeforeMinutes,
          bufferAfterMinutes: a.bufferAfterMinutes,
          minNoticeMinutes: a.minNoticeMinutes,
          horizonDays: a.horizonDays,
        },
        cancellationCutoffMinutes: a.cancellationCutoffMinutes,
        meetingUrl: a.meetingUrl,
        updatedAt: a.updatedAt,
      });
    }
    return result;
  }
}
