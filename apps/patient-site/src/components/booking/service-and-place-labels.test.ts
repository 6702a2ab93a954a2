import { describe, expect, it } from "vitest";
import { firstSentence, placeName, serviceWithDuration } from "./service-and-place-labels";

describe("serviceWithDuration", () => {
  it("adds the duration unless the name already gives it", () => {
    expect(serviceWithDuration("Physical therapy session", 45)).toBe("Physical therapy session (45 minutes)");
    expect(serviceWithDuration("Therapeutic massage (90 minutes)", 90)).toBe("Therapeutic massage (90 minutes)");
    expect(serviceWithDuration("60-min massage", 60)).toBe("60-min massage");
    // A different number in the name is not the duration.
    expect(serviceWithDuration("Therapeutic massage (90 minutes)", 60)).toBe("Therapeutic massage (90 minutes) (60 minutes)");
  });
});

describe("placeName", () => {
  it("names the city once", () => {
    expect(placeName("Downtown Austin", "Austin")).toBe("Downtown Austin");
    expect(placeName("West El Paso", "El Paso")).toBe("West El Paso");
    expect(placeName("Riverside clinic", "Austin")).toBe("Riverside clinic, Austin");
  });
});

describe("firstSentence", () => {
  it("keeps the description up to its first full stop, not one of an abbreviation", () => {
    expect(firstSentence("A first visit with one of our pain physicians. We talk through your pain.")).toBe(
      "A first visit with one of our pain physicians.",
    );
    expect(firstSentence("Slow, firm pressure (e.g. on the fascia). More text.")).toBe("Slow, firm pressure (e.g. on the fascia).");
    expect(firstSentence("  No full stop at all  ")).toBe("No full stop at all");
  });
});
