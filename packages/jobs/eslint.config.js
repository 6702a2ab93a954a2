import { config } from "@clinic/eslint-config";

export default config({ layer: "jobs" });
