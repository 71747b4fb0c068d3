// Excel on the web's request limit, measured on the request body the real library sends: "Excel on
// the web limits requests and responses to 5 MB. The API returns a RichAPI.Error error if this limit
// is exceeded." (https://learn.microsoft.com/office/dev/add-ins/excel/performance; web only:
// office-js-docs-pr #5333). Which megabyte is not said: the harsher 5,000,000 bytes is the default.
// The error is the one Excel on the web gives: code RequestPayloadSizeLimitExceeded with the
// library's own message (OSF code 5103 → RichApiMessageUtility.buildResponseOnError, line 13460).
import { errorOf, expectedRejection } from "./support";
import { ExcelEmulator, type ExcelEmulatorOptions, officeJsLibrary } from "../support/excel-emulator";

const LIMIT = 5_000_000;
const CELLS = 160;
const MESSAGE =
  'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';

/** Texts for A1:FD1 whose write request is exactly `bytes` long, from a probe of the request's framing. */
async function textsForRequestOf(bytes: number, char = "x"): Promise<string[]> {
  const probe = new ExcelEmulator({ sheets: [{ name: "S" }] });
  await write(probe, Array.from({ length: CELLS }, () => char));
  const framing = probe.requests[0].bytes - CELLS * new TextEncoder().encode(char).length;
  const perChar = new TextEncoder().encode(char).length;
  const chars = (bytes - framing) / perChar;
  const each = Math.floor(chars / CELLS);
  return Array.from({ length: CELLS }, (_, i) => char.repeat(i === CELLS - 1 ? chars - each * (CELLS - 1) : each));
}

function write(excel: ExcelEmulator, texts: string[]): Promise<void> {
  return excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A1:FD1").formulas = [texts];
    await context.sync();
  });
}

const emulator = (options: ExcelEmulatorOptions = {}) => new ExcelEmulator({ sheets: [{ name: "S" }], ...options });

it("accepts a request of exactly 5,000,000 bytes", async () => {
  const excel = emulator();
  await write(excel, await textsForRequestOf(LIMIT));
  expect(excel.requests[0].bytes).toBe(LIMIT);
  expect(Object.keys(excel.sheet("S").cells)).toHaveLength(CELLS);
});

it("refuses one byte more as Excel on the web does, and changes nothing", async () => {
  const excel = emulator();
  const error = await errorOf(write(excel, await textsForRequestOf(LIMIT + 1)));
  expect(excel.requests[0].bytes).toBe(LIMIT + 1);
  expect(error).toMatchObject({ code: "RequestPayloadSizeLimitExceeded", message: MESSAGE, httpStatusCode: 400 });
  expect(excel.sheet("S").cells).toEqual({});
});

it("counts UTF-8 bytes, not characters", async () => {
  const excel = emulator();
  const texts = await textsForRequestOf(LIMIT + 2, "€");
  expect(texts.join("").length).toBeLessThan(LIMIT / 2);
  await expect(write(excel, texts)).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
});

it("takes the other megabyte when told (payloadLimitBytes) and no limit on the desktop", async () => {
  const texts = await textsForRequestOf(LIMIT + 1);
  await expect(write(emulator({ payloadLimitBytes: 5 * 1024 * 1024 }), texts)).resolves.toBeUndefined();
  await expect(write(emulator({ platform: "desktop" }), texts)).resolves.toBeUndefined();
});

it("gives the add-in's own Excel.run(batch) the very error of Excel on the web (the host's refusal, OSF code 5103)", async () => {
  const excel = emulator();
  excel.attachDocument();
  const texts = await textsForRequestOf(LIMIT + 1);
  const error = await officeJsLibrary()
    .Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:FD1").formulas = [texts];
      await context.sync();
    })
    .then(expectedRejection, (e: OfficeExtension.Error) => e);
  expect(error).toMatchObject({ code: "RequestPayloadSizeLimitExceeded", message: MESSAGE, httpStatusCode: 400 });
  expect(error.debugInfo).toEqual(expect.objectContaining({ code: "RequestPayloadSizeLimitExceeded", message: MESSAGE }));
  expect(error.debugInfo.errorLocation).toBeUndefined();
});

it("refuses a response over the limit too (ResponsePayloadSizeLimitExceeded)", async () => {
  const cells = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`A${i + 1}`, "y".repeat(60)]));
  const excel = new ExcelEmulator({ sheets: [{ name: "S", cells }], payloadLimitBytes: 2_000 });
  const error = await excel
    .run(async (context) => {
      const read = context.workbook.worksheets.getItem("S").getRange("A1:A40").load("formulas");
      await context.sync();
      return read.formulas;
    })
    .then(expectedRejection, (e: OfficeExtension.Error) => e);
  expect(error).toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  expect(excel.requests[0].bytes).toBeLessThan(2_000);
  expect(excel.requests[0].responseBytes).toBeGreaterThan(2_000);
});
