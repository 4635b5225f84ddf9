import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { PartnerEntity } from '../entities/partner.entity.js';

@ObjectType('Partner', { description: 'A regional organisation that runs its own cohorts.' })
export class PartnerModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() slug: string;
  @Field() region: string;
  @Field(() => [String], { description: 'ISO 3166-1 alpha-2 country codes' }) countries: string[];
  @Field({ description: 'IANA time zone, e.g. Africa/Johannesburg' }) timeZone: string;
  @Field(() => String, { nullable: true, description: 'the language its new people start with (BCP 47 base); en when null' }) locale:
    string | null;
  @Field() createdAt: Date;

  static from(e: PartnerEntity): PartnerModel {
    return Object.assign(new PartnerModel(), {
      id: e.id,
      name: e.name,
      slug: e.slug,
      region: e.region,
      countries: e.countries,
      timeZone: e.timeZone,
      locale: e.locale,
      createdAt: e.createdAt,
    });
  }
}
