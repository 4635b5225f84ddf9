import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ProgrammeEntity } from '../entities/programme.entity.js';
import type { ProgrammeVersionEntity } from '../entities/programme-version.entity.js';
import { hasUnpublishedChanges, publishProblems } from '../programme-definition.util.js';
import {
  assignDefinitionFields,
  ProgrammeDefinitionFields,
  ProgrammeDefinitionModel,
  toProgrammeDefinitionModel,
} from './programme-definition.model.js';

@ObjectType('ProgrammeVersion', { description: 'An immutable published definition of a programme; cohorts pin one.' })
export class ProgrammeVersionModel {
  @Field(() => ID) id: string;
  @Field(() => ID) programmeId: string;
  @Field(() => Int, { description: '1, 2, … in publishing order' }) version: number;
  @Field() publishedAt: Date;
  @Field(() => ProgrammeDefinitionModel) definition: ProgrammeDefinitionModel;

  static from(v: ProgrammeVersionEntity): ProgrammeVersionModel {
    return Object.assign(new ProgrammeVersionModel(), {
      id: v.id,
      programmeId: v.programmeId,
      version: v.version,
      publishedAt: v.publishedAt,
      definition: toProgrammeDefinitionModel(v.definition),
    });
  }
}

@ObjectType('Programme', {
  description: 'A certification programme. Admins see the draft being edited; partner administrators see the latest published version.',
})
export class ProgrammeModel extends ProgrammeDefinitionFields {
  @Field(() => ID) id: string;
  @Field(() => [String], { description: 'why the definition shown cannot be published yet; empty when it can' }) draftProblems: string[];
  @Field(() => ProgrammeVersionModel, { nullable: true, description: 'null until first published' })
  latestVersion: ProgrammeVersionModel | null;
  @Field({ description: 'true when the draft differs from the latest published version (or nothing is published yet)' })
  hasUnpublishedChanges: boolean;
  // `versions` is a field resolver (ProgrammeResolver), batched per request

  /** The admin's view: the draft. */
  static fromDraft(p: ProgrammeEntity, latest: ProgrammeVersionEntity | null): ProgrammeModel {
    return Object.assign(assignDefinitionFields(new ProgrammeModel(), p.draft), {
      id: p.id,
      draftProblems: publishProblems(p.draft),
      latestVersion: latest ? ProgrammeVersionModel.from(latest) : null,
      hasUnpublishedChanges: hasUnpublishedChanges(p.draft, latest),
    });
  }

  /** The catalogue view of partner administrators: what is published, never the draft. */
  static fromPublished(p: ProgrammeEntity, latest: ProgrammeVersionEntity): ProgrammeModel {
    return Object.assign(assignDefinitionFields(new ProgrammeModel(), latest.definition), {
      id: p.id,
      draftProblems: [],
      latestVersion: ProgrammeVersionModel.from(latest),
      hasUnpublishedChanges: false,
    });
  }
}
