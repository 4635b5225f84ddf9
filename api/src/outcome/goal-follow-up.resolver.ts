import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/decorators/auth.decorators.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import { GoalFollowUpService } from './goal-follow-up.service.js';
import { GoalFollowUpInput, GoalFollowUpModel } from './dto/goal-follow-up.model.js';

/** The emailed 90-day follow-up link: no login, the token is the whole permission. */
@Resolver()
@UseGuards(AuthGuard)
export class GoalFollowUpResolver {
  constructor(private readonly followUps: GoalFollowUpService) {}

  @Public()
  @Query(() => GoalFollowUpModel, {
    description: 'What a follow-up link is for: the goal and the answer so far. An unknown link is NOT_FOUND, an expired one CONFLICT.',
  })
  goalFollowUp(@Args('token') token: string): Promise<GoalFollowUpModel> {
    return this.followUps.show(token);
  }

  @Public()
  @Mutation(() => GoalFollowUpModel, {
    description: 'Records the 90-day follow-up check-in from its emailed link, without logging in (again: replaces it).',
  })
  recordGoalFollowUp(@Args('token') token: string, @Args('input') input: GoalFollowUpInput): Promise<GoalFollowUpModel> {
    return this.followUps.record(token, input);
  }
}
