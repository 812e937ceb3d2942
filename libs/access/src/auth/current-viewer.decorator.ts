import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { unauthenticated } from '@app/common';
import { Viewer } from '../scope/viewer';
import { requestOf } from './request-context';

/** The authenticated caller; the global guard has already rejected anonymous requests. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const viewer = requestOf(context).viewer;
  if (!viewer) throw unauthenticated();
  return viewer;
});
