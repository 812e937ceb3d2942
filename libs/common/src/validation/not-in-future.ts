import { registerDecorator, ValidationOptions } from 'class-validator';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today's date in Asia/Shanghai, where every staff member works, as YYYY-MM-DD. */
export function todayInShanghai(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/** A YYYY-MM-DD date that is not after today (Asia/Shanghai). Null and undefined pass: pair with IsOptional. */
export function NotInFuture(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'notInFuture',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must be a date (YYYY-MM-DD) not in the future', ...options },
      validator: {
        validate: (value: unknown) =>
          value === null || value === undefined || (typeof value === 'string' && ISO_DATE.test(value) && value <= todayInShanghai()),
      },
    });
  };
}
