import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/common';
import { Household } from './household.entity';

@ObjectType()
export class HouseholdConnection extends ConnectionType(Household) {}
