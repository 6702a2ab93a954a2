import { type DemoArticle } from "../types";

export const epiduralSteroidInjections: DemoArticle = {
  slug: "epidural-steroid-injections",
  kind: "treatment",
  title: "Epidural steroid injections",
  summary:
    "How an epidural steroid injection can calm an irritated spinal nerve, who it may help, what happens on the day, and the side effects and risks to know about.",
  reviewerProviderSlug: "dr-maya-okafor",
  reviewedOn: "2026-04-08",
  relatedServiceSlugs: ["injection-consultation", "initial-pain-consultation"],
  bodyMarkdown: `## What is an epidural steroid injection?

An epidural steroid injection places a **corticosteroid** (a strong anti-inflammatory medicine) into the **epidural space**. This is a thin layer of fat and blood vessels around the spinal nerves, just inside the spine. A numbing medicine (local anesthetic) is often given with the steroid.

The goal is to calm swelling around a spinal nerve that is irritated or pinched, so that pain eases. The injection does not fix a bulging disc or narrowed spine. It can lower pain enough for you to take part in exercise and daily life while your body heals.

## Who may it help?

Epidural injections work best for **nerve pain**. This is pain that travels along a nerve, often caused by a herniated disc or by narrowing of the spinal canal (spinal stenosis). In the upper back, nerve pain may feel like a band of burning or sharp pain that wraps around the chest or belly.

These injections are usually considered when:

- Pain has lasted several weeks and has not improved with medicine, activity and physical therapy
- Imaging and an exam point to an irritated nerve
- Pain is getting in the way of sleep, work or therapy

They help less with pain that comes mainly from sore muscles. Thoracic (upper back) epidurals are done less often than those in the neck or lower back, because nerve pain in the upper back is less common.

## Before the injection

At an injection consultation, your physician reviews your history and imaging and tells you how to prepare. Let us know if you:

- Take blood thinners or aspirin. Do not stop any medicine on your own; we will check with the doctor who prescribed it.
- Have diabetes, an infection or a fever
- Are pregnant or could be pregnant
- Have had a reaction to contrast dye, numbing medicine or steroids

Plan for someone to drive you home.

## What to expect

You lie face down on a padded table. The skin is cleaned and numbed. Using a live X-ray (fluoroscopy), the physician guides a thin needle into place and injects a small amount of contrast dye to confirm where the medicine will go. Then the medicine is injected. You may feel pressure, or brief pain like your usual pain. The injection itself takes about 15 to 30 minutes.

We watch you for a short time before you go home.

## Results

Any numbness or relief from the anesthetic fades within hours. The steroid usually starts to work within a few days and can take up to a week or two. For some people with nerve pain, relief lasts weeks to months. Others get little benefit. Research shows these injections can ease nerve pain in the short term; long-term benefit is less certain. They work best as part of a plan that includes exercise.

## Side effects and risks

Common side effects are usually mild and pass within a few days:

- Soreness where the needle went in, or a short-term increase in pain
- Facial flushing or a warm feeling
- Trouble sleeping, feeling restless, or mood changes
- Higher blood sugar for a few days. If you have diabetes, check your sugar more often.

Uncommon risks include:

- Headache from a small leak of spinal fluid
- Infection or bleeding
- Nerve irritation or temporary numbness or weakness
- Allergic reaction

Serious problems, such as bleeding or infection pressing on the spinal cord, or nerve damage, are rare. In the upper back the needle works close to the lung, so a collapsed lung (pneumothorax) is another rare risk. Because steroids affect the whole body, doctors limit how many injections you can have in a year, often to about three or four.

## Recovery

Most people rest the day of the injection and go back to normal activities the next day. Call us, or seek urgent care, if you have fever, severe or new pain, new weakness or numbness, loss of bladder or bowel control, or trouble breathing. We will follow up to see how well the injection worked and plan next steps.
`,
};
