import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/common';
import { RedlineViolation } from './redline-violation.entity';

@ObjectType()
export class RedlineViolationConnection extends ConnectionType(RedlineViolation) {}
