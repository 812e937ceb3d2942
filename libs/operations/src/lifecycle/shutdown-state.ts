import { Injectable } from '@nestjs/common';

/** Whether the process has been asked to stop: it then reports not ready, so no new traffic is sent its way. */
@Injectable()
export class ShutdownState {
  stopping = false;
}
