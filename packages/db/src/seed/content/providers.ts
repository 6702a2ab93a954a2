import { type DemoProvider } from "./types";

// Fictional clinicians. Names must match the brief's "Demo data" (the provider demo log-in is Dr. Maya Okafor).
export const DEMO_PROVIDERS: DemoProvider[] = [
  {
    slug: "dr-maya-okafor",
    name: "Dr. Maya Okafor",
    title: "MD, Interventional Pain Medicine",
    bio: "Dr. Okafor is board-certified in anesthesiology with a fellowship in pain medicine. She treats neck and back pain, including the less common pain of the upper back, and performs image-guided spinal injections. She starts with a careful exam and a plan that puts movement and physical therapy first, and sees patients in both Austin and El Paso.",
    disciplines: ["interventional_pain"],
    serviceSlugs: ["initial-pain-consultation", "pain-follow-up", "injection-consultation"],
    locationSlugs: ["downtown", "west-el-paso"],
  },
  {
    slug: "dr-daniel-reyes",
    name: "Dr. Daniel Reyes",
    title: "DO, Interventional Pain Medicine",
    bio: "Dr. Reyes trained in physical medicine and rehabilitation before completing a pain medicine fellowship. His practice focuses on spine pain, spinal compression fractures and nerve-related pain. As an osteopathic physician he pays close attention to how posture and movement affect pain, and he works closely with our physical therapists.",
    disciplines: ["interventional_pain"],
    serviceSlugs: ["initial-pain-consultation", "pain-follow-up", "injection-consultation"],
    locationSlugs: ["west-el-paso"],
  },
  {
    slug: "sarah-lindqvist-dpt",
    name: "Sarah Lindqvist",
    title: "PT, DPT, Physical Therapist",
    bio: "Sarah is a physical therapist who helps people with back, neck and shoulder pain get back to work, sport and everyday life. Her sessions center on exercise you can keep doing at home, along with posture and desk-setup advice. Before becoming a therapist she coached youth swimming, and she still loves helping people move with confidence.",
    disciplines: ["physical_therapy"],
    serviceSlugs: ["physical-therapy-evaluation", "physical-therapy-session"],
    locationSlugs: ["downtown"],
  },
  {
    slug: "marcus-bell-dpt",
    name: "Marcus Bell",
    title: "PT, DPT, OCS, Orthopaedic Clinical Specialist",
    bio: "Marcus is a board-certified orthopaedic clinical specialist. He works with people recovering from spine injuries, compression fractures and spine procedures, and with those whose pain has lasted for months. He combines hands-on techniques with step-by-step strengthening plans, and splits his week between our two clinics.",
    disciplines: ["physical_therapy"],
    serviceSlugs: ["physical-therapy-evaluation", "physical-therapy-session"],
    locationSlugs: ["downtown", "west-el-paso"],
  },
  {
    slug: "elena-park-lmt",
    name: "Elena Park",
    title: "LMT, Licensed Massage Therapist",
    bio: "Elena leads the massage team at VIDA Massage & Spa. She has more than ten years of experience with therapeutic and myofascial massage, especially for tension in the neck, shoulders and upper back. Her clients appreciate that she explains what she is doing and always checks that the pressure feels right.",
    disciplines: ["massage_therapy"],
    serviceSlugs: ["therapeutic-massage-60", "therapeutic-massage-90", "myofascial-release-massage"],
    locationSlugs: ["downtown"],
  },
  {
    slug: "jordan-hayes-lmt",
    name: "Jordan Hayes",
    title: "LMT, Licensed Massage Therapist",
    bio: "Jordan is a licensed massage therapist at VIDA Massage & Spa who works with office workers, athletes and people living with long-term pain. Jordan's sessions blend focused work on sore areas with calm, relaxing massage, and Jordan often shares simple stretches to try between visits.",
    disciplines: ["massage_therapy"],
    serviceSlugs: ["therapeutic-massage-60", "therapeutic-massage-90"],
    locationSlugs: ["west-el-paso", "downtown"],
  },
];
