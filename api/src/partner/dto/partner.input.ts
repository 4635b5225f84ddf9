import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsOptional, IsString, IsTimeZone, Length, Matches } from 'class-validator';
import { LOCALES } from '../../auth/locale.js';

const LOCALE_MESSAGE = `locale must be one of ${LOCALES.join(', ')}`;

@InputType()
export class CreatePartnerInput {
  @Field() @IsString() @Length(2, 120) name: string;
  @Field({ description: 'lower-case letters, digits and dashes' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug may hold only lower-case letters, digits and single dashes' })
  @Length(2, 60)
  slug: string;
  @Field() @IsString() @Length(2, 80) region: string;
  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(250)
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'countries must be ISO 3166-1 alpha-2 codes such as ZA' })
  countries: string[];
  @Field() @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Africa/Johannesburg' }) timeZone: string;
  @Field(() => String, { nullable: true, description: 'the language its new people start with (en when not set)' })
  @IsOptional()
  @IsIn(LOCALES, { message: LOCALE_MESSAGE })
  locale?: string | null;
}

@InputType()
export class UpdatePartnerInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(2, 120) name?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(2, 80) region?: string;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(250)
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'countries must be ISO 3166-1 alpha-2 codes such as ZA' })
  countries?: string[];
  @Field({ nullable: true })
  @IsOptional()
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Africa/Johannesburg' })
  timeZone?: string;
  @Field({ nullable: true, description: 'the language its new people start with' })
  @IsOptional()
  @IsIn(LOCALES, { message: LOCALE_MESSAGE })
  locale?: string;
}
