import { ExportFailure, type ExportRenderer, ExportRenderers } from './export-renderers';

describe('export renderers', () => {
  const renderer: ExportRenderer = { render: async () => ({ content: Buffer.from('x'), fileName: 'x.pdf' }) };

  it('hand each kind to the renderer that registered it', () => {
    const renderers = new ExportRenderers();
    renderers.register('evaluation_report', renderer);
    expect(renderers.get('evaluation_report')).toBe(renderer);
  });

  it('refuse a kind registered twice, and fail an export of a kind nobody makes for good', () => {
    const renderers = new ExportRenderers();
    expect(() => renderers.get('evaluation_report')).toThrow(ExportFailure);
    renderers.register('evaluation_report', renderer);
    expect(() => renderers.register('evaluation_report', renderer)).toThrow('registered twice');
  });
});
