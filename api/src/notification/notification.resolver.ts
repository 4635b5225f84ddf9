import { UseGuards } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/decorators/auth.decorators.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import { Role } from '../common/role.js';
import { pageSize } from '../common/pagination.js';
import { NotificationService } from './notification.service.js';
import { OutboxMessageModel } from './dto/outbox-message.model.js';

@Resolver()
@UseGuards(AuthGuard)
export class NotificationResolver {
  constructor(private readonly notifications: NotificationService) {}

  @Allow(Role.ADMIN)
  @Query(() => [OutboxMessageModel], {
    description: 'The outbox, newest first (admins); narrowed to a recipient (part of the address, any case) and a kind.',
  })
  async outbox(
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('recipient', { type: () => String, nullable: true }) recipient: string | undefined,
    @Args('kind', { type: () => String, nullable: true }) kind: string | undefined,
  ): Promise<OutboxMessageModel[]> {
    const rows = await this.notifications.list(pageSize(first), Math.max(0, offset), {
      recipient: recipient ?? undefined,
      kind: kind ?? undefined,
    });
    return rows.map((m) => ({
      id: m.id,
      kind: m.kind,
      to: m.toEmail,
      subject: m.subject,
      body: m.body,
      status: m.status,
      createdAt: m.createdAt,
      deliveredAt: m.deliveredAt,
    }));
  }

  @Allow(Role.ADMIN)
  @Query(() => [String], { description: 'The kinds of message the outbox holds (invitation, week-opened, …), for its filter (admins).' })
  outboxKinds(): Promise<string[]> {
    return this.notifications.kinds();
  }
}
