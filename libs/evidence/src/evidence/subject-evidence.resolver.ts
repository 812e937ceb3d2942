import { Type } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { declareFieldReads } from '@app/common';
import { GraphQLRequestContext, Household, Person, Site } from '@app/registry';
import { EvidenceLoaderFactory } from '../evidence.loaders';
import { Claim } from '../recognition/claim.enum';
import { Evidence } from './evidence.entity';
import { EvidenceSubjectType } from './evidence.enums';

/** Adds `evidence` and `unrecognizedClaims` to a registry type, without the registry knowing. */
function subjectEvidenceResolver(subject: Type<{ id: string }>, subjectType: EvidenceSubjectType) {
  declareFieldReads(subject, 'evidence', ['id']);
  declareFieldReads(subject, 'unrecognizedClaims', ['id']);
  @Resolver(() => subject)
  class SubjectEvidenceResolver {
    constructor(readonly loaders: EvidenceLoaderFactory) {}

    @ResolveField(() => [Evidence], { description: '佐证材料，含已不予认定的（见 rejectedAt），最早上传的在前' })
    evidence(@Parent() parent: { id: string }, @Context() ctx: GraphQLRequestContext): Promise<Evidence[]> {
      return this.loaders.forRequest(ctx.req).evidence[subjectType].load(parent.id);
    }

    @ResolveField(() => [Claim], { description: '已上报但缺少有效佐证材料、不予认定的事项' })
    unrecognizedClaims(@Parent() parent: { id: string }, @Context() ctx: GraphQLRequestContext): Promise<Claim[]> {
      return this.loaders.forRequest(ctx.req).unrecognizedClaims[subjectType].load(parent.id);
    }
  }
  Object.defineProperty(SubjectEvidenceResolver, 'name', { value: `${subject.name}EvidenceResolver` });
  return SubjectEvidenceResolver;
}

export const SiteEvidenceResolver = subjectEvidenceResolver(Site, EvidenceSubjectType.SITE);
export const HouseholdEvidenceResolver = subjectEvidenceResolver(Household, EvidenceSubjectType.HOUSEHOLD);
export const PersonEvidenceResolver = subjectEvidenceResolver(Person, EvidenceSubjectType.PERSON);
