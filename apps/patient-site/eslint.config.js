import { config } from "@clinic/eslint-config";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";

export default config({
  layer: "app",
  extra: [
    nextPlugin.configs["core-web-vitals"],
    reactHooks.configs.flat["recommended-latest"],
  ],
});
