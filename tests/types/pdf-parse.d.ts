declare module "pdf-parse/lib/pdf-parse.js" {
  type Result = {
    numpages: number;
    text: string;
    info: Record<string, unknown>;
  };
  type Options = {
    pagerender?: (page: {
      getTextContent(): Promise<{ items: { str: string }[] }>;
    }) => Promise<string>;
  };

  export default function pdf(data: Buffer, options?: Options): Promise<Result>;
}
