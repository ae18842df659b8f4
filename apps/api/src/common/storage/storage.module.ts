import { Global, Module } from '@nestjs/common';
import { FileStorage, LocalFileStorage } from './file-storage';

/** Provides `FileStorage` everywhere (local disk under STORAGE_DIR). */
@Global()
@Module({
  providers: [{ provide: FileStorage, useClass: LocalFileStorage }],
  exports: [FileStorage],
})
export class StorageModule {}
