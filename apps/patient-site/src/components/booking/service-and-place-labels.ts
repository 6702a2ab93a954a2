/** "Physical therapy session (45 minutes)", but "Therapeutic massage (90 minutes)" stays as it is. */
export function serviceWithDuration(name: string, durationMinutes: number): string {
  return new RegExp(`\\b${durationMinutes}[\\s-]*min`, "i").test(name) ? name : `${name} (${durationMinutes} minutes)`;
}

/** "West El Paso, El Paso" would say the city twice: "Downtown Austin" already names it. */
export function placeName(locationName: string, city: string): string {
  return locationName.toLowerCase().includes(city.toLowerCase()) ? locationName : `${locationName}, ${city}`;
}

/** The first sentence of a description, for a card with little room: "A first visit with one of our pain physicians." */
export function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s+[A-Z"“]|\s*$)/s.exec(text.trim());
  return match ? match[0] : text.trim();
}
