import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AppConfig } from './app-config.service';
import { validateEnvironment } from './environment';

@Global()
@Module({})
export class AppConfigModule {
  /**
   * Reads and validates the environment when the application is assembled, not when this file is
   * imported, so a process (or a test) that sets its settings first gets exactly those.
   */
  static forRoot(): DynamicModule {
    return {
      module: AppConfigModule,
      imports: [ConfigModule.forRoot({ isGlobal: true, cache: true, ignoreEnvFile: true, validate: validateEnvironment })],
      providers: [AppConfig],
      exports: [AppConfig],
    };
  }
}
