import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

export const OPENAPI_PATH = 'api/docs';

/** OpenAPI document at /api/docs/openapi.json and its UI at /api/docs. */
export function setupOpenApi(app: INestApplication, version: string): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Skema API')
      .setDescription(
        'Grant-scheme management for civil-society organisations: calls for proposals, applications, ' +
          'evaluation, grants and payments, beneficiary outcomes and EU reporting. Every error is an ' +
          'RFC 9457 problem details document in the language of `Accept-Language` (`sq` or `en`).',
      )
      .setVersion(version)
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup(OPENAPI_PATH, app, document, {
    jsonDocumentUrl: `${OPENAPI_PATH}/openapi.json`,
    customSiteTitle: 'Skema API',
  });
}
