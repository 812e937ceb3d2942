import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/common';
import { SpotCheck } from './spot-check.entity';

@ObjectType()
export class SpotCheckConnection extends ConnectionType(SpotCheck) {}
