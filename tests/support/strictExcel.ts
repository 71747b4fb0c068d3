// The strict in-memory Excel for tests (see strict-excel/).
export * from "./strict-excel";
