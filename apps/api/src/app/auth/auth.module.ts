import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AppConfig } from '../../config/app-config.service';
import { AccountService } from './account.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';
import { LinkTokenService } from './link-token.service';
import { SecondFactorService } from './second-factor.service';
import { SessionService } from './session.service';

@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ secret: config.get('JWT_SECRET'), signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, AccountService, SessionService, SecondFactorService, LinkTokenService, JwtStrategy],
  exports: [AuthService, SessionService, LinkTokenService, JwtModule],
})
export class AuthModule {}
