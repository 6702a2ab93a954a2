import { config } from "@clinic/eslint-config";

export default config({ layer: "tests", ignores: ["playwright-report/**", "test-results/**"] });
