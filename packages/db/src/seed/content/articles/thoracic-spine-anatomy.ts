import { type DemoArticle } from "../types";

export const thoracicSpineAnatomy: DemoArticle = {
  slug: "thoracic-spine-anatomy",
  kind: "condition",
  title: "Anatomy of the thoracic spine",
  summary:
    "A plain-language tour of the upper back: the 12 thoracic vertebrae, the rib cage, the discs and joints, and the T12/L1 junction where the upper back meets the lower back.",
  reviewerProviderSlug: "dr-daniel-reyes",
  reviewedOn: "2026-03-16",
  relatedServiceSlugs: ["initial-pain-consultation", "physical-therapy-evaluation"],
  bodyMarkdown: `## Where is the thoracic spine?

Your spine has several sections. The **cervical spine** is your neck. The **lumbar spine** is your lower back. Between them is the **thoracic spine**, which runs from the base of your neck to the bottom of your rib cage. "Thoracic" means "having to do with the chest." Most people call this area the upper back or mid-back.

## The 12 thoracic vertebrae

The thoracic spine is made of 12 bones called **vertebrae**. Doctors number them from top to bottom, T1 to T12.

![Side view of the thoracic spine, front of the body on the left: twelve vertebrae labelled T1 at the top to T12 at the bottom, each with a round vertebral body at the front, a disc between each pair, a rib joining at every level, a spinous process pointing down and back, and the spinal cord running down behind the vertebral bodies.](/library-images/thoracic-spine.svg?w=780&h=860)

Each vertebra has:

- A thick, round **body** at the front that carries your weight
- A ring of bone at the back that protects the **spinal cord**
- Bony points, including the bumps you can feel down the middle of your back

The vertebrae get a little bigger toward the bottom, because they carry more weight. Seen from the side, the thoracic spine curves gently outward toward your back. This normal curve is called **kyphosis**.

## Discs and joints

A **disc** sits between each pair of vertebrae. Each disc has a tough outer ring and a soft, gel-like center, and it acts as a cushion. Discs in the thoracic spine are thinner than those in the neck and lower back. Disc problems here are uncommon.

At the back of each level is a pair of small **facet joints**. They link one vertebra to the next and guide how the spine moves. Like other joints, they can become stiff or painful with injury or arthritis.

## The rib cage

You have 12 pairs of ribs, and each pair joins a thoracic vertebra at the back. At the front:

- Ribs 1 to 7 attach directly to the **sternum** (breastbone) by strips of cartilage.
- Ribs 8 to 10 attach to the cartilage of the rib above them.
- Ribs 11 and 12 do not attach at the front. They are called "floating ribs."

Together, the ribs, sternum and thoracic spine form the **thoracic cage**. It protects your heart and lungs, and it shields part of your liver and other upper belly organs. It also gives your lungs room to expand and shrink with each breath.

## Built for stability

Because the ribs hold it in place, the thoracic spine is much stiffer than the neck or lower back. Those regions do most of the bending, while the thoracic spine gives steady support so you can stand upright. The upper back does still twist and bend a little, and the lower part, where the ribs are shorter and freer, moves more than the upper part.

## The T12/L1 junction

The place where the last thoracic vertebra (T12) meets the first lumbar vertebra (L1) is a turning point. Above it, the spine is held firmly by the ribs. Below it, the lumbar spine has no ribs and moves much more. The facet joints also change direction here, so the type of movement the spine allows changes too.

Because a stiff section meets a mobile one, forces gather at this junction. That is why the T12/L1 area is a common place for compression fractures, especially in people with osteoporosis.

## Nerves and muscles

The spinal cord runs down a canal inside the vertebrae and usually ends near the top of the lumbar spine. At each thoracic level, a pair of spinal nerves leaves the spine. Most of them run along the underside of a rib. This is why an irritated thoracic nerve can cause pain that wraps around the chest like a band.

Large muscles, such as the trapezius, the rhomboids between the shoulder blades, and the long muscles beside the spine, support and move the upper back and shoulders.

## Why this matters

Knowing the parts of the upper back helps explain where pain comes from and how it is treated. To learn more, read about [upper back pain](/health-library/upper-back-pain).
`,
};
