import { type DemoArticle } from "../types";

export const massageTherapy: DemoArticle = {
  slug: "massage-therapy",
  kind: "treatment",
  title: "Massage therapy for back pain",
  summary:
    "What therapeutic and myofascial massage can and cannot do for upper back pain, what a visit to VIDA Massage & Spa is like, and who should check with a doctor first.",
  reviewerProviderSlug: "elena-park-lmt",
  reviewedOn: "2026-06-17",
  relatedServiceSlugs: ["therapeutic-massage-60", "therapeutic-massage-90", "myofascial-release-massage"],
  bodyMarkdown: `## What is massage therapy?

Massage therapy uses touch, pressure and movement of the muscles and soft tissues to ease tension and pain. At VIDA Massage & Spa, our licensed massage therapists offer:

- **Therapeutic massage**, which combines relaxing strokes with firmer, focused work on tight or sore areas
- **Myofascial release**, which uses slow, steady pressure and gentle stretching of the muscles and the connective tissue (fascia) around them

## Who may it help?

Massage may help people with:

- Tight, sore muscles in the neck, shoulders and upper back
- Tension from long hours at a desk or from stress
- Long-term back pain, as one part of a wider treatment plan

Massage treats muscles and soft tissues. It does not fix a fracture, a herniated disc or a pinched nerve.

## What the research shows

For back and neck pain, studies suggest massage can bring **short-term relief** of pain and can help people feel more relaxed. The benefit often fades over the following weeks. Massage works best alongside exercise and [physical therapy](/health-library/physical-therapy), which build strength and help relief last longer. It is not a cure, and it does not remove "toxins" from the body.

## Check with your doctor first if you

- Have a blood clot, or have had one recently
- Take blood thinners or bruise easily
- Have osteoporosis or a recent fracture
- Recently had surgery or a spine injection
- Have cancer, or a skin infection or rash in the area to be treated
- Are pregnant

## What to expect

Before your first massage, you fill out a short health form and talk with your therapist about your pain and goals. You undress to your comfort level and lie on a padded table under a sheet or towel. Only the area being worked on is uncovered.

Your therapist will ask about pressure and check in during the session. Firm pressure should never be sharply painful. Speak up at any time if you want more or less pressure, or want to stop.

## Side effects and risks

Massage by a trained therapist is generally safe. Some people feel mild soreness or tiredness for a day or two afterward, much like after exercise. Bruising is uncommon. Serious problems are rare and are more likely with very deep pressure in people with fragile bones or bleeding problems, which is why we ask about your health first.

## After your massage

- Move gently and try easy stretches your therapist suggests.
- Heat may ease any soreness.
- Notice how you feel over the next few days. This helps plan how often to come back.

If your pain does not improve, or you notice numbness, weakness or other new symptoms, see a doctor. Read more about the causes of [upper back pain](/health-library/upper-back-pain).
`,
};
