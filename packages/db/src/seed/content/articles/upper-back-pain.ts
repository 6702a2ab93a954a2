import { type DemoArticle } from "../types";

export const upperBackPain: DemoArticle = {
  slug: "upper-back-pain",
  kind: "condition",
  title: "Upper back pain",
  summary:
    "What upper back pain is, how short-term and long-term pain differ, its common causes, the warning signs that need care right away, and the treatments that can help.",
  reviewerProviderSlug: "dr-maya-okafor",
  reviewedOn: "2026-03-16",
  relatedServiceSlugs: ["initial-pain-consultation", "physical-therapy-evaluation", "therapeutic-massage-60"],
  bodyMarkdown: `## What is upper back pain?

Upper back pain is pain anywhere from the base of your neck to the bottom of your rib cage. Doctors call this part of the spine the **thoracic spine**. It is also called the mid-back.

Upper back pain is less common than neck pain or low back pain. That is because the ribs attach to the thoracic spine and make it strong and steady, so it moves less and wears less. When upper back pain does happen, though, it can make it hard to work, sleep, exercise or take a deep breath. To learn how this part of the body is built, read [Anatomy of the thoracic spine](/health-library/thoracic-spine-anatomy).

## Acute and chronic pain

- **Acute pain** starts suddenly and lasts less than about six weeks. It often follows a strain, a sports injury, a minor accident, or long hours in one position. Most acute upper back pain gets better on its own within a few weeks.
- **Chronic pain** lasts longer than about three months. It may come from the joints, discs, bones or nerves of the spine. Sometimes no single cause is found, and the goal is to help you move and live better.

## Common causes

- **Muscle strain and irritation.** Sore, tight muscles (sometimes called myofascial pain) are the most common cause.
- **Joint problems.** The small facet joints between the vertebrae, and the joints where the ribs meet the spine, can become stiff and painful.
- **Arthritis.** Wear-and-tear arthritis, and less often inflammatory arthritis, can affect the spine and ribs.
- **Compression fractures.** Bones weakened by osteoporosis can crack or collapse, sometimes after only a small strain. This is more common in older adults.
- **Disc problems.** A herniated or worn disc can press on a nerve, but this is uncommon in the upper back.
- **Less common causes.** These include shingles, infection, and cancer that affects the spine.

Pain in the upper back can also come from organs nearby, such as the heart, lungs, gallbladder or stomach. That is one reason why the warning signs below matter.

## When to get care right away

**Call 911 or go to an emergency room** if your back pain comes with any of these:

- Chest pain, pressure or tightness, especially with sweating, nausea, or pain that spreads to your arm or jaw
- Trouble breathing or shortness of breath
- A serious injury, such as a fall or car crash
- New numbness, tingling or weakness in your legs, or trouble walking
- Loss of control of your bladder or bowels, or numbness around your groin

**See a doctor within a day or two** if you have back pain with:

- Fever or chills
- Weight loss you cannot explain
- A history of cancer, osteoporosis, or long-term steroid use
- Pain that is worse at night or at rest, or keeps getting worse

## Treatment options

Most upper back pain improves with simple care:

- **Stay active.** Gentle movement usually helps more than bed rest. Heat may ease tight muscles.
- **Over-the-counter medicine.** Acetaminophen, or an anti-inflammatory medicine (NSAID) such as ibuprofen or naproxen, can ease pain for a short time. Ask your doctor first if you have kidney disease, stomach ulcers or heart disease, or take blood thinners.
- **[Physical therapy](/health-library/physical-therapy).** Exercise-based care builds strength and helps you move with less pain.
- **[Massage therapy](/health-library/massage-therapy).** Massage can give short-term relief from sore, tight muscles.

If pain lasts, your doctor may look for a more specific source and suggest:

- [Epidural steroid injections](/health-library/epidural-steroid-injections) for pain from an irritated spinal nerve
- [Nerve blocks and facet joint injections](/health-library/nerve-blocks-and-facet-joint-injections) for joint or nerve pain
- [Vertebroplasty or kyphoplasty](/health-library/vertebroplasty-and-kyphoplasty) for some painful compression fractures
- [Discectomy](/health-library/discectomy), a surgery that is rarely needed in the upper back

## How our clinic can help

At an initial pain consultation, a physician asks about your pain, examines you and explains your options. Many people do best with a plan that combines several kinds of care, such as physical therapy with medicine or an injection.
`,
};
