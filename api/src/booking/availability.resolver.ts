import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer } from '../auth/decorators/auth.decorators.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import type { Viewer } from '../auth/viewer.js';
import { Role } from '../common/role.js';
import { AvailabilityService } from './availability.service.js';
import { AvailabilityModel } from './dto/availability.model.js';
import { AvailabilityInput } from './dto/availability.input.js';

@Resolver(() => AvailabilityModel)
@UseGuards(AuthGuard)
export class AvailabilityResolver {
  constructor(private readonly availability: AvailabilityService) {}

  @Allow(Role.COACH)
  @Query(() => AvailabilityModel, { description: 'Your coaching availability (defaults, with published false, until you save it).' })
  myAvailability(@CurrentViewer() viewer: Viewer): Promise<AvailabilityModel> {
    return this.availability.get(viewer.userId);
  }

  @Allow(Role.COACH)
  @Mutation(() => AvailabilityModel, {
    description:
      'Replaces your coaching availability: weekly hours in your zone, exceptions and booking rules. Bookings already made stay.',
  })
  setAvailability(@CurrentViewer() viewer: Viewer, @Args('input') input: AvailabilityInput): Promise<AvailabilityModel> {
    return this.availability.set(viewer, input);
  }
}
