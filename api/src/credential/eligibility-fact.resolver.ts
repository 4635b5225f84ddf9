import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EligibilityFactDataModel, EligibilityFactModel } from './dto/credential.model.js';
import { eligibilityFactData } from './eligibility-fact.util.js';

/** The structured side of a fact, wherever facts appear (eligibility, evidence of a credential). */
@Resolver(() => EligibilityFactModel)
export class EligibilityFactResolver {
  @ResolveField(() => EligibilityFactDataModel, {
    description: 'the numbers behind `label` and `detail` (which are English), for clients that word the fact themselves',
  })
  data(@Parent() fact: EligibilityFactModel): EligibilityFactDataModel {
    return eligibilityFactData(fact);
  }
}
