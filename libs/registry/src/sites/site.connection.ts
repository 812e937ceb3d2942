import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/common';
import { Site } from './site.entity';

@ObjectType()
export class SiteConnection extends ConnectionType(Site) {}
