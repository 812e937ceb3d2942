import { Field, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Role } from '../role.enum';

@InputType()
export class CreateUserInput {
  @Field()
  @Matches(/^[a-z][a-z0-9_.-]{2,49}$/, { message: 'must be 3–50 lower-case letters, digits, dot, dash or underscore, starting with a letter' })
  username: string;

  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail() @MaxLength(200) email?: string | null;
  @Field() @IsString() @MinLength(10, { message: 'must be at least 10 characters' }) @MaxLength(200) password: string;
  @Field(() => Role) @IsEnum(Role) role: Role;

  @Field({ description: 'A division code (region, city, county) or, for site staff, a site id' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(36)
  jurisdiction: string;
}

@InputType()
export class UpdateUserInput extends PartialType(OmitType(CreateUserInput, ['username'] as const)) {}
