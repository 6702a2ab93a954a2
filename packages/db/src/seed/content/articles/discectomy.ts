import { type DemoArticle } from "../types";

export const discectomy: DemoArticle = {
  slug: "discectomy",
  kind: "treatment",
  title: "Discectomy",
  summary:
    "What a discectomy is, why it is rarely needed in the upper back, how it differs from needle-based disc procedures, and what recovery looks like.",
  reviewerProviderSlug: "dr-daniel-reyes",
  reviewedOn: "2026-05-06",
  relatedServiceSlugs: ["initial-pain-consultation", "physical-therapy-evaluation"],
  bodyMarkdown: `## What is a discectomy?

A **discectomy** is surgery to remove the part of a spinal disc that is pressing on a nerve or on the spinal cord. Discs are the cushions between the bones of the spine. When the soft center of a disc pushes out through its tough outer ring, doctors call it a **herniated disc**. The surgeon removes only the piece that is causing pressure, not the whole disc.

A discectomy is done by a spine surgeon (a neurosurgeon or orthopaedic spine surgeon) in a hospital or surgery center. Our pain physicians do not perform it, but they can help you decide whether a surgical opinion makes sense and refer you.

## Thoracic discectomy is uncommon

Disc herniations in the upper back are rare compared with those in the neck and lower back. Many are found by chance on scans and cause no symptoms at all. Of those that do cause pain, most improve with time, medicine and [physical therapy](/health-library/physical-therapy).

Surgery may be considered when:

- The disc presses on the spinal cord and causes weakness, numbness, trouble walking or balancing, or changes in bladder or bowel control
- Severe nerve pain does not improve after several months of nonsurgical care

Sudden weakness, trouble walking or loss of bladder or bowel control is an emergency. Call 911 or go to an emergency room.

## Not the same as disc decompression

A discectomy is different from **percutaneous disc decompression**. In that procedure, a doctor uses a needle to remove or shrink a small amount of material from inside a disc that is bulging but still whole. It is a separate treatment, it is less well studied, and it is not a substitute for surgery when a disc presses on the spinal cord. Be sure you know which procedure is being offered.

## What to expect

A thoracic discectomy is done under general anesthesia. The heart, lungs and large blood vessels lie in front of the thoracic spine, so the surgeon chooses an approach that reaches the disc safely:

- From the back or side, through the muscles beside the spine
- Through the side of the chest, sometimes with a small camera and several small cuts (thoracoscopic surgery)

Sometimes the surgeon also joins two vertebrae together (a fusion) to keep the spine stable. Your surgeon will explain which approach suits your spine and why.

## Risks

Every surgery has risks. Your surgeon will talk with you about yours. They include:

- Bleeding and infection
- Injury to a nerve or the spinal cord, which can cause numbness or weakness
- A leak of spinal fluid
- Breathing problems, such as air or fluid around a lung, especially after approaches through the chest
- Blood clots in the legs or lungs
- Risks of general anesthesia
- Pain that does not improve, or a new herniation later

Thoracic spine surgery is more complex than surgery in the lower back, so choosing an experienced surgeon matters.

## Recovery

Most people stay in the hospital for one to several days. You will be encouraged to get up and walk soon after surgery. For several weeks you will need to avoid heavy lifting, bending and twisting. Physical therapy helps you rebuild strength and return to your activities safely.

People with desk jobs often return to work within a few weeks. Physical jobs take longer. How much relief you get depends on your symptoms before surgery and on what the surgeon finds. No surgery can promise that pain will go away completely.
`,
};
