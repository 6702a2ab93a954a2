import { type DemoArticle } from "../types";

export const nerveBlocksAndFacetJointInjections: DemoArticle = {
  slug: "nerve-blocks-and-facet-joint-injections",
  kind: "treatment",
  title: "Nerve blocks and facet joint injections",
  summary:
    "How targeted injections near specific nerves or into the small joints of the spine can find and treat the source of upper back pain, and what to expect before and after.",
  reviewerProviderSlug: "dr-daniel-reyes",
  reviewedOn: "2026-04-22",
  relatedServiceSlugs: ["injection-consultation", "pain-follow-up"],
  bodyMarkdown: `## What is a nerve block?

A **nerve block** is an injection of **local anesthetic** (numbing medicine) near one or more specific nerves. Sometimes a steroid is added to calm inflammation. The numbing medicine stops pain signals from that nerve for a while.

A nerve block is different from an [epidural steroid injection](/health-library/epidural-steroid-injections). An epidural places medicine in the space around the spinal nerves inside the spine. A nerve block targets particular nerves. In the upper back these include:

- **Intercostal nerve blocks**, for nerves that run along the underside of a rib. They may help pain after a rib injury, shingles or chest surgery.
- **Medial branch blocks**, for the small nerves that carry pain from the facet joints.

## What is a facet joint injection?

The **facet joints** are pairs of small joints at the back of each level of the spine. Like knees or fingers, they can become painful from arthritis or injury. Facet pain is often an ache on one or both sides of the spine that gets worse when you twist or lean back.

In a **facet joint injection**, a small amount of local anesthetic, usually with a steroid, goes into the joint itself.

## Finding the source of pain

These injections can help treat pain, and they can also help find where it comes from. If numbing a certain joint or nerve takes most of your pain away for a few hours, that joint or nerve is likely part of the problem.

If two medial branch blocks clearly help, your physician may suggest **radiofrequency ablation**. This uses heat to turn off the small nerve's pain signals. Relief often lasts several months, sometimes longer, and it can be repeated if the nerve grows back.

## Who may it help?

These injections may be an option if:

- Your pain has lasted for weeks to months despite medicine, activity and physical therapy
- Your exam suggests pain from the facet joints, or from a specific nerve around the ribs
- You want to confirm the source of pain before other treatment

## What to expect

At an injection consultation, your physician explains the plan and checks your medicines, especially blood thinners. On the day, you lie on a padded table. The skin is cleaned and numbed, and a thin needle is guided into place using a live X-ray or ultrasound. The procedure usually takes 15 to 45 minutes.

After a test block, we may ask you to keep a short **pain diary** for the next several hours. Your notes help decide the next step. Plan for someone to drive you home.

## Side effects and risks

Most side effects are mild and short-lived:

- Soreness or bruising where the needle went in
- Numbness or mild weakness near the injection site for a few hours
- A brief flare of pain

Uncommon risks include:

- Bleeding or infection
- Irritation of a nerve
- Allergic reaction

If a steroid is used, you may notice facial flushing, trouble sleeping, mood changes or higher blood sugar for a few days. Doctors limit how many steroid injections you have in a year.

In the upper back, the lungs lie close to the ribs and spine. Rarely, a needle can nick the lung and cause a **pneumothorax** (collapsed lung). This risk is mainly with intercostal blocks. Seek urgent care if you have sudden chest pain or shortness of breath after the procedure.

Very rarely, numbing medicine can enter a blood vessel and cause dizziness, a metallic taste or ringing in the ears. Image guidance, small doses and monitoring during the procedure keep this risk low.

## Recovery

Most people go home within an hour and return to normal activities the next day. Call us if you have fever, redness or swelling where the needle went in, or pain that gets much worse. At a follow-up visit, we review how you responded and decide on next steps.
`,
};
