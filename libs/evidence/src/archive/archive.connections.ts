import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/common';
import { PolicyDocument } from './policy-document.entity';
import { ShortfallProject } from './shortfall-project.entity';

@ObjectType()
export class PolicyDocumentConnection extends ConnectionType(PolicyDocument) {}

@ObjectType()
export class ShortfallProjectConnection extends ConnectionType(ShortfallProject) {}
