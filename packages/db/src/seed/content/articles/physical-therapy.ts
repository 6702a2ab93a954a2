import { type DemoArticle } from "../types";

export const physicalTherapy: DemoArticle = {
  slug: "physical-therapy",
  kind: "treatment",
  title: "Physical therapy for back pain",
  summary:
    "How exercise-based physical therapy helps people with upper back pain move better and manage pain, what happens at your visits, and what results to expect.",
  reviewerProviderSlug: "sarah-lindqvist-dpt",
  reviewedOn: "2026-06-03",
  relatedServiceSlugs: ["physical-therapy-evaluation", "physical-therapy-session"],
  bodyMarkdown: `## What is physical therapy?

Physical therapy helps you move, get stronger and manage pain through exercise, hands-on care and education. A physical therapist is a licensed clinician trained in how the body moves. For back pain, the focus is on **active care**: exercises you do in the clinic and at home, so you keep improving between visits.

## Who may it help?

Physical therapy can help people with:

- Upper back or neck pain from muscle strain, stiffness or long hours at a desk
- Pain that keeps coming back or has lasted for months
- Recovery after an injury, a compression fracture, a spine injection or spine surgery
- Weakness, poor balance or fear of moving because of pain

It is often one of the first treatments doctors recommend for back pain, along with staying active and, if needed, over-the-counter pain medicine.

## What the research shows

For back and neck pain, exercise-based care can lead to modest improvements in pain and in how well people function day to day. Staying active usually helps more than bed rest. Most research has been done on the neck and lower back. Fewer studies look at the upper back alone, but the same principles apply.

Physical therapy is not a quick fix. Progress usually comes over weeks, and it lasts best when you keep up your exercises. Treatments you receive without moving, such as heat or ultrasound, may feel good but work best alongside exercise, not instead of it.

## Your first visit

At your evaluation, your therapist will:

- Ask about your pain, your health, your job and your daily activities
- Check your posture, how your spine and shoulders move, your strength and your breathing
- Look for warning signs that need a doctor's attention
- Agree on goals with you, such as sitting through a workday or lifting your child
- Teach you a few exercises to start at home

## Typical sessions

Follow-up sessions may include:

- **Strengthening exercises** for the muscles of the upper back, shoulder blades and core
- **Mobility exercises** to ease stiffness in the thoracic spine and ribs
- **Hands-on techniques**, such as joint mobilization or soft tissue work
- **Posture and work-setup advice**, including how to take movement breaks
- **Education** about pain, pacing your activity and returning to the things you enjoy

Many people come once or twice a week for four to eight weeks. Your therapist adjusts the plan as you improve.

## Side effects and risks

Physical therapy is very safe. It is common to feel some muscle soreness after new exercises, or a short flare of pain, for a day or two. Tell your therapist if pain gets much worse, or if you notice new numbness, weakness or other new symptoms. Your therapist will adjust the plan and contact your doctor if needed.

## After your course of therapy

The goal is for you to manage on your own. By the end of your plan, you should have a home program you understand and can keep doing. If pain returns, a few check-in visits can help you get back on track.

To learn about other options, read about [upper back pain](/health-library/upper-back-pain) and [massage therapy](/health-library/massage-therapy).
`,
};
