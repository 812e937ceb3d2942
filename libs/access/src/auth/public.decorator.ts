import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'access:isPublic';
/** Marks the few operations (login) that answer without a token. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
