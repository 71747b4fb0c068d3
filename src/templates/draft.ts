// A SheetDraft collects a sheet's cells, formats, names and checks while a template lays it out,
// so each template file reads top to bottom like the sheet it builds.
import { rangeSize } from "./a1";
import type {
  CellContent,
  ChartSpec,
  ColorScaleSpec,
  ConditionalFormatSpec,
  FormatSpec,
  HeadlineSpec,
  InsertOptions,
  SheetKey,
  SheetSpec,
  StyleName,
  TableSpec,
  ValidationRule,
} from "./types";

export type ValidationInput = { rule: ValidationRule; errorMessage: string; prompt?: string };

export class SheetDraft {
  readonly spec: SheetSpec;

  constructor(
    key: SheetKey,
    baseName: string,
    readonly options: InsertOptions,
  ) {
    this.spec = {
      key,
      baseName,
      cells: [],
      formats: [],
      columnWidths: [],
      showGridlines: false,
      names: [],
      validations: [],
      conditionalFormats: [],
      colorScales: [],
      tables: [],
      charts: [],
      headlines: [],
      blankInputErrors: [],
      keptWhenBlank: [],
    };
  }

  /** Whether the user asked for the illustrative sample assumptions. */
  get sample(): boolean {
    return this.options.inputs === "sample";
  }

  /** A sample value, or an empty cell when inputs are left blank. */
  sampleOr<T extends CellContent>(value: T): T | null {
    return this.sample ? value : null;
  }

  write(address: string, formulas: CellContent[][], spill?: string): this {
    const size = rangeSize(address);
    if (formulas.length !== size.rows || formulas.some((row) => row.length !== size.columns)) {
      throw new Error(`${this.spec.key}: contents do not match ${address}`);
    }
    this.spec.cells.push(spill ? { address, formulas, spill } : { address, formulas });
    return this;
  }

  format(address: string, format: Omit<FormatSpec, "address">): this {
    this.spec.formats.push({ address, ...format });
    return this;
  }

  /** Writes cells with a style and (for numbers) a number format in one go. */
  put(address: string, formulas: CellContent[][], style: StyleName, numberFormat?: string): this {
    this.write(address, formulas);
    return this.format(address, numberFormat ? { style, numberFormat } : { style });
  }

  /** Input cells: the input style, a number format, and validation where the value has a range. */
  input(address: string, values: CellContent[][], numberFormat: string | undefined, validation?: ValidationInput): this {
    this.put(address, values, "input", numberFormat);
    if (validation) this.spec.validations.push({ address, ignoreBlanks: true, ...validation });
    return this;
  }

  /**
   * An analysis setting (a sensitivity grid's steps): styled and validated as an input, but filled
   * even when the user asks for blank inputs, since it says how to vary the assumptions, not what they are.
   */
  setting(address: string, values: CellContent[][], numberFormat: string, validation: ValidationInput): this {
    this.input(address, values, numberFormat, validation);
    this.spec.keptWhenBlank?.push(address);
    return this;
  }

  label(address: string, text: string, style: StyleName = "label"): this {
    return this.put(address, [[text]], style);
  }

  name(name: string, address: string, comment?: string): this {
    this.spec.names.push(comment ? { name, address, comment } : { name, address });
    return this;
  }

  width(columns: string, width: number): this {
    this.spec.columnWidths.push({ columns, width });
    return this;
  }

  table(table: TableSpec): this {
    this.spec.tables.push(table);
    return this;
  }

  chart(chart: ChartSpec): this {
    this.spec.charts.push(chart);
    return this;
  }

  conditionalFormat(format: ConditionalFormatSpec): this {
    this.spec.conditionalFormats.push(format);
    return this;
  }

  colorScale(scale: ColorScaleSpec): this {
    this.spec.colorScales?.push(scale);
    return this;
  }

  headline(headline: HeadlineSpec): this {
    this.spec.headlines.push(headline);
    return this;
  }

  /** Marks cells that show an error or a text by design when the inputs are blank. */
  blankShows(...addresses: string[]): this {
    if (!this.sample) this.spec.blankInputErrors?.push(...addresses);
    return this;
  }

  build(): SheetSpec {
    return this.spec;
  }
}
