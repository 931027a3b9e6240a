import { Ajv2020 } from 'ajv/dist/2020.js';

type Document = {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>
  >;
};

/**
 * Validates real responses against the OpenAPI document the app serves: finds the operation by
 * path template and method, then checks the body against the schema declared for its status.
 */
export function openApiChecker(document: Document) {
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: false });
  ajv.addSchema(document as object, 'openapi.json');
  const templates = Object.keys(document.paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));
  return function check(method: string, url: string, status: number, body: unknown): void {
    const path = new URL(url, 'http://x').pathname;
    const match = templates.find((t) => t.pattern.test(path));
    if (!match) throw new Error(`No operation in the OpenAPI document for ${path}`);
    const operation = document.paths[match.template]?.[method.toLowerCase()];
    if (!operation) throw new Error(`No ${method} operation for ${match.template}`);
    const response = operation.responses[String(status)];
    if (!response?.content?.['application/json']) {
      throw new Error(`${method} ${match.template} does not document a JSON ${status} response`);
    }
    const pointer = [
      'paths',
      match.template,
      method.toLowerCase(),
      'responses',
      String(status),
      'content',
      'application/json',
      'schema',
    ]
      .map((part) => encodeURIComponent(part.replace(/~/g, '~0').replace(/\//g, '~1')))
      .join('/');
    const validate = ajv.getSchema(`openapi.json#/${pointer}`);
    if (!validate) throw new Error(`Cannot compile the schema at ${pointer}`);
    if (!validate(body)) {
      throw new Error(
        `${method} ${url} (${status}) does not match the OpenAPI document: ${ajv.errorsText(validate.errors)}`,
      );
    }
  };
}
