import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { notFound } from '../common/errors.js';
import type { Viewer } from '../auth/viewer.js';
import { Role } from '../common/role.js';
import type { BookingNoteModel } from './dto/booking-note.model.js';

/** Booking `b` is the viewer's ($2) as a coach who still coaches its cohort in a partner of $3 (the partners the viewer coaches in). */
const OWN_BOOKING = (b: string) =>
  `${b}.coach_id = $2 AND EXISTS (SELECT 1 FROM cohort_coach cc JOIN cohort c ON c.id = cc.cohort_id
                                  WHERE cc.cohort_id = ${b}.cohort_id AND cc.user_id = $2 AND c.partner_id = ANY($3::uuid[]))`;

interface NoteRow {
  booking_id: string;
  body: string | null;
  updated_at: Date | null;
}

/**
 * A coach's private notes on a coaching booking: only the booking's own coach reads or writes
 * them, and only while still coaching its cohort (assigned, holding the COACH role in its
 * partner); anyone else, the learner included, gets NOT_FOUND, so ids reveal nothing.
 */
@Injectable()
export class BookingNoteService {
  constructor(private readonly db: DataSource) {}

  /** The notes of many bookings in one query; bookings that are not the viewer's are left out. */
  async notes(viewer: Viewer, bookingIds: string[]): Promise<BookingNoteModel[]> {
    if (bookingIds.length === 0) return [];
    const rows: NoteRow[] = await this.db.query(
      `SELECT b.id AS booking_id, n.body, n.updated_at
         FROM booking b LEFT JOIN booking_coach_note n ON n.booking_id = b.id
        WHERE b.id = ANY($1::uuid[]) AND ${OWN_BOOKING('b')}`,
      [bookingIds, viewer.userId, viewer.partnerIdsAs([Role.COACH])],
    );
    return rows.map(toModel);
  }

  async note(viewer: Viewer, bookingId: string): Promise<BookingNoteModel> {
    const [n] = await this.notes(viewer, [bookingId]);
    if (!n) throw notFound('Booking');
    return n;
  }

  /** Writes (or, with an empty text, clears) the coach's note on their booking. */
  async set(viewer: Viewer, bookingId: string, body: string): Promise<BookingNoteModel> {
    const text = body.trim();
    const rows: NoteRow[] = await this.db.transaction(async (tx) => {
      const own: { id: string }[] = await tx.query(`SELECT b.id FROM booking b WHERE b.id = $1 AND ${OWN_BOOKING('b')}`, [
        bookingId,
        viewer.userId,
        viewer.partnerIdsAs([Role.COACH]),
      ]);
      if (!own.length) throw notFound('Booking');
      if (!text) {
        await tx.query(`DELETE FROM booking_coach_note WHERE booking_id = $1`, [bookingId]);
        return [{ booking_id: bookingId, body: null, updated_at: null }];
      }
      return tx.query(
        `INSERT INTO booking_coach_note (booking_id, coach_id, body, updated_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (booking_id) DO UPDATE SET body = EXCLUDED.body, coach_id = EXCLUDED.coach_id, updated_at = now()
         RETURNING booking_id, body, updated_at`,
        [bookingId, viewer.userId, text],
      );
    });
    return toModel(rows[0]);
  }
}

function toModel(r: NoteRow): BookingNoteModel {
  return { bookingId: r.booking_id, body: r.body ?? '', updatedAt: r.updated_at };
}
