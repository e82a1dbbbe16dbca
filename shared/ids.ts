import { uuidv7 } from 'uuidv7';

/** A new time-ordered UUID (v7), generated on the device that creates the record. */
export function newId(): string {
  return uuidv7();
}
