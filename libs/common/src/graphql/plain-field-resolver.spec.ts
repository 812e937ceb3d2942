import { Test } from '@nestjs/testing';
import { Field, GraphQLSchemaBuilderModule, GraphQLSchemaFactory, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { execute, GraphQLSchema, parse } from 'graphql';
import { installPlainFieldResolvers, PlainFieldResolver } from './plain-field-resolver';

@ObjectType()
class Member {
  @Field() name: string;
}

@ObjectType()
class Family {
  @Field() code: string;

  @Field(() => [Member])
  @PlainFieldResolver((family: Family) => [{ name: `${family.code}-head` }])
  members?: Member[];

  @Field(() => [Member])
  @PlainFieldResolver((family: Family) => Promise.resolve([{ name: `${family.code}-later` }]))
  laterMembers?: Member[];
}

@Resolver(() => Family)
class FamilyResolver {
  @Query(() => [Family])
  families(): Family[] {
    return [{ code: 'A' }, { code: 'B' }];
  }
}

async function buildSchema(): Promise<GraphQLSchema> {
  const moduleRef = await Test.createTestingModule({ imports: [GraphQLSchemaBuilderModule] }).compile();
  return installPlainFieldResolvers(await moduleRef.get(GraphQLSchemaFactory).create([FamilyResolver]));
}

describe('PlainFieldResolver', () => {
  let schema: GraphQLSchema;
  const families = () => new FamilyResolver().families();

  beforeAll(async () => {
    schema = await buildSchema();
  });

  it('answers a list whose fields resolve at once without a promise', () => {
    const result = execute({ schema, document: parse('{ families { code members { name } } }'), rootValue: { families } });
    expect(result).not.toBeInstanceOf(Promise);
    expect(result).toEqual({ data: { families: [{ code: 'A', members: [{ name: 'A-head' }] }, { code: 'B', members: [{ name: 'B-head' }] }] } });
  });

  it('awaits a plain resolver that returns a promise', async () => {
    const result = execute({ schema, document: parse('{ families { laterMembers { name } } }'), rootValue: { families } });
    expect(result).toBeInstanceOf(Promise);
    expect(await result).toEqual({ data: { families: [{ laterMembers: [{ name: 'A-later' }] }, { laterMembers: [{ name: 'B-later' }] }] } });
  });
});
