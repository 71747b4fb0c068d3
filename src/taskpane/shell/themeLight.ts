export { webLightTheme as lightTheme } from "@fluentui/react-components";
