import { type DemoArticle } from "../types";

export const vertebroplastyAndKyphoplasty: DemoArticle = {
  slug: "vertebroplasty-and-kyphoplasty",
  kind: "treatment",
  title: "Vertebroplasty and kyphoplasty",
  summary:
    "How bone cement can stabilize a painful spinal compression fracture, who may be a candidate, what the research shows, and the risks and recovery to expect.",
  reviewerProviderSlug: "dr-maya-okafor",
  reviewedOn: "2026-05-20",
  relatedServiceSlugs: ["initial-pain-consultation", "injection-consultation", "physical-therapy-evaluation"],
  bodyMarkdown: `## What are these procedures?

**Vertebroplasty** and **kyphoplasty** treat painful **compression fractures** of the spine. In a compression fracture, the front part of a vertebra cracks and partly collapses. These fractures are most often caused by **osteoporosis**, which makes bones thin and fragile. Less often, they are caused by cancer that has spread to the spine. They are common in the thoracic spine and where it meets the lower back.

- In **vertebroplasty**, the doctor guides a needle through the skin into the broken vertebra using a live X-ray. Medical **bone cement** is injected into the bone. It hardens within minutes and helps hold the broken bone steady.
- In **kyphoplasty**, the doctor first inflates a small balloon inside the vertebra to make a space. The balloon is removed and the space is filled with cement. This may restore a little of the lost height.

## Who may they help?

These procedures may be considered for people who:

- Have a recent compression fracture, usually weeks to a few months old, confirmed on an MRI or other scan
- Have severe pain that does not improve with medicine, rest, activity changes or a back brace
- Cannot walk or care for themselves because of the pain

They are not used for old fractures that have already healed, or when there is infection in the spine or a bleeding problem.

## What the research shows

The evidence is mixed. Many compression fractures heal on their own within about two to three months with medicine and time. Some well-designed studies found that vertebroplasty worked no better than a sham (placebo) procedure. Other studies found faster pain relief in certain people, such as those with very recent fractures or with pain that keeps them in the hospital.

Your physician will talk with you about whether the possible benefit is worth the risks in your case.

## What to expect

You lie face down. You receive medicine to relax you, or general anesthesia, and the skin and bone are numbed. Guided by X-ray, the doctor places the needle and injects the cement. Treating one vertebra usually takes about an hour. Most people go home the same day; some stay one night.

## Risks

Serious problems are uncommon, but you should know about them:

- **Soreness** where the needle went in, usually for a few days
- **Cement leakage.** A small amount of cement often seeps just outside the bone. It usually causes no symptoms. Rarely, it can press on a nerve or the spinal cord, or travel through a vein to the lungs.
- **Infection, bleeding or allergic reaction**
- **Rib fracture** from lying face down, in people with very fragile bones
- **New fractures** in nearby vertebrae. These are common with osteoporosis, and doctors still debate whether the procedures add to the risk.

Seek care right away if you have new weakness, numbness, chest pain or trouble breathing after the procedure.

## Recovery

Most people get up and walk within a few hours. For a few weeks, avoid heavy lifting and sudden twisting. Physical therapy can help you build back strength and balance.

A compression fracture is often the first sign of osteoporosis. Treating your bones is just as important as treating the fracture. Ask your doctor about a bone density test, calcium and vitamin D, bone-strengthening medicine, and ways to prevent falls. Read more about [upper back pain](/health-library/upper-back-pain) and [physical therapy](/health-library/physical-therapy).
`,
};
