// Jest setup (jest.config.js): every workbook a test has the CLI read is read twice, by the fast
// reader and by a full ExcelJS load, and the two must agree (see XlsxFilePort.verifyAgainstFullLoad).
import { XlsxFilePort } from "../../src/xlsx/filePort";

XlsxFilePort.verifyAgainstFullLoad = true;
