// Run after the test framework is set up in every test file (jest.config.js setupFilesAfterEnv).
import { removeTempDirs } from "./tmp";

afterAll(removeTempDirs);
